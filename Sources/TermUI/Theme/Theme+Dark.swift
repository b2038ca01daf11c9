extension Theme {
    /// The shipped `dark` theme, compiled in so every theme travels with the binary; a `dark.theme` in a
    /// theme folder overrides it by name.
    public static let dark: Theme = builtin(name: "dark", source: darkSource)

    /// The text of `Themes/dark.theme`, compiled in; a test keeps the two identical.
    static let darkSource = """
        # dark.theme: light text on a dark background, in 24-bit colour.
        #
        # The terminal maps the hex colours to what it has (256, 16 or 8 colours). Every text/background pair
        # has a contrast ratio of at least 4.5:1 (WCAG AA); a test checks it.
        #
        # This file is also compiled into the program (Theme.dark), so a release binary has it without the Themes
        # folder; a file of the same name in a theme folder still wins. A test keeps the two the same.

        [meta]
        name    = 深色 Dark
        variant = dark

        [palette]
        bg      = #1b1e28
        surface = #262b38                   # bars, dialogs
        raised  = #323848                   # active tab, buttons, inputs
        fg      = #d8dee9
        bright  = #ffffff
        muted   = #a0a8bc
        accent  = #6cb6ff
        ok      = #7ee2a0
        warn    = #f2c66d
        danger  = #ff7a7a
        select  = #3d5a8a

        [styles]
        app               = $fg $bg
        title             = $accent - bold
        tab               = $muted -
        tabActive         = $fg $raised bold
        tabCount          = $accent -
        header            = $muted - bold
        headerSort        = $accent - bold
        row               = $fg -
        rowAlt            = - -             # no zebra: status cells keep the row's background
        rowSelected       = $bright $select bold
        rowSelectedBlur   = $fg $raised nobold
        match             = $warn - underline
        detailKey         = $muted -
        detailValue       = $fg -
        statusOk          = $ok -
        statusPending     = $warn -
        statusFailed      = $danger - bold
        statusClosed      = $muted -
        statusWarn        = $warn - bold
        bar               = $fg $surface
        barKey            = $accent $surface bold
        barStale          = $bg $warn bold
        toastInfo         = $fg $raised
        toastWarn         = $bg $warn bold
        toastError        = $bg $danger bold
        dialog            = $fg $surface
        dialogButton      = $fg $raised
        dialogButtonFocus = $bright $select bold
        dialogDanger      = $danger $surface bold
        dialogDangerFocus = $bg $danger bold
        input             = $fg $raised
        inputPlaceholder  = $muted -
        cursor            = $bg $fg
        border            = $muted -
        borderFocus       = $accent -
        muted             = $muted -
        link              = $accent - underline
        badge             = - - bold
        scrollbar         = $muted -
        scrollbarThumb    = $accent -
        spinner           = $accent -
        progress          = $ok -
        progressTrack     = $muted -
        helpKey           = $accent - bold

        """
}
