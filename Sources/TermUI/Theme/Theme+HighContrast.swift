extension Theme {
    /// The shipped `high-contrast` theme, compiled in so every theme travels with the binary; a `high-contrast.theme` in a
    /// theme folder overrides it by name.
    public static let highContrast: Theme = builtin(name: "high-contrast", source: highContrastSource)

    /// The text of `Themes/high-contrast.theme`, compiled in; a test keeps the two identical.
    static let highContrastSource = """
        # high-contrast.theme: white and saturated colours on black, every pair at least 7:1 (WCAG AAA).
        #
        # Selection and focus use reverse video, and each state also has its own attribute, so the theme
        # stays usable for low vision and on projectors. A test checks the contrast.
        #
        # This file is also compiled into the program (Theme.highContrast), so a release binary has it without the Themes
        # folder; a file of the same name in a theme folder still wins. A test keeps the two the same.

        [meta]
        name    = 高对比度 High contrast
        variant = dark

        [palette]
        bg      = #000000
        fg      = #ffffff
        muted   = #c8c8c8
        accent  = #00ffff
        ok      = #00ff7f
        warn    = #ffff00
        danger  = #ff6e6e

        [styles]
        app               = $fg $bg
        title             = $fg - bold underline
        tab               = $fg -
        tabActive         = - - reverse bold
        tabCount          = $accent -
        header            = $fg - bold underline
        headerSort        = $accent - bold underline
        row               = $fg -
        rowAlt            = - -
        rowSelected       = - - reverse bold
        rowSelectedBlur   = - - noreverse bold underline
        match             = $warn - bold underline
        detailKey         = $muted -
        detailValue       = $fg -
        statusOk          = $ok - bold
        statusPending     = $warn - underline
        statusFailed      = $danger - reverse bold
        statusClosed      = $muted -
        statusWarn        = $warn - bold underline
        bar               = - - reverse
        barKey            = - - reverse bold
        barStale          = $bg $warn bold
        toastInfo         = - - reverse
        toastWarn         = $bg $warn bold
        toastError        = $bg $danger bold
        dialog            = $fg $bg
        dialogButton      = $fg $bg
        dialogButtonFocus = - - reverse bold
        dialogDanger      = $danger - bold underline
        dialogDangerFocus = $bg $danger bold
        input             = $fg - underline
        inputPlaceholder  = $muted - underline
        cursor            = - - nounderline reverse
        border            = $fg -
        borderFocus       = $accent - bold
        muted             = $muted -
        link              = $accent - underline
        badge             = - - bold
        scrollbar         = $muted -
        scrollbarThumb    = $fg -
        spinner           = $accent -
        progress          = $ok -
        progressTrack     = $muted -
        helpKey           = $accent - bold

        """
}
