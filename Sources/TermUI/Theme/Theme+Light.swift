extension Theme {
    /// The shipped `light` theme, compiled in so every theme travels with the binary; a `light.theme` in a
    /// theme folder overrides it by name.
    public static let light: Theme = builtin(name: "light", source: lightSource)

    /// The text of `Themes/light.theme`, compiled in; a test keeps the two identical.
    static let lightSource = """
        # light.theme: dark text on a light background, in 24-bit colour.
        #
        # The terminal maps the hex colours to what it has (256, 16 or 8 colours). Every text/background pair
        # has a contrast ratio of at least 4.5:1 (WCAG AA); a test checks it.
        #
        # This file is also compiled into the program (Theme.light), so a release binary has it without the Themes
        # folder; a file of the same name in a theme folder still wins. A test keeps the two the same.

        [meta]
        name    = 浅色 Light
        variant = light

        [palette]
        bg      = #fafafa
        surface = #eaeef2                   # bars, dialogs
        raised  = #dde3ea                   # active tab, buttons, inputs
        fg      = #24292f
        white   = #ffffff
        muted   = #57606a
        accent  = #0550ae
        ok      = #116329
        warn    = #7d4e00
        danger  = #b42318
        select  = #cfe0ff

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
        rowSelected       = $fg $select bold
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
        barStale          = $white $warn bold
        toastInfo         = $fg $raised
        toastWarn         = $white $warn bold
        toastError        = $white $danger bold
        dialog            = $fg $surface
        dialogButton      = $fg $raised
        dialogButtonFocus = $fg $select bold
        dialogDanger      = $danger $surface bold
        dialogDangerFocus = $white $danger bold
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
