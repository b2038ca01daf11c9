extension Theme {
    /// Attributes only, no colours: for `NO_COLOR`, `--no-color` and terminals without colour. Every status
    /// role has its own attributes, so states stay apart without colour.
    public static let monochrome: Theme = builtin(name: "mono", source: monochromeSource)

    /// The text of `Themes/mono.theme`, compiled in; a test keeps the two identical.
    static let monochromeSource = """
        # mono.theme: attributes only, no colours.
        #
        # Used for NO_COLOR and --no-color, and for terminals without colour. Every state has its own
        # combination of bold, underline, reverse and dim, so it can be told apart without colour (the
        # screens also print text badges such as [失败]; a test checks the statuses differ here).
        #
        # This file is also compiled into the program (Theme.monochrome); a test keeps the two the same.

        [meta]
        name    = 单色 Monochrome
        variant = dark                      # no colours, so it suits either

        [styles]
        app               = default default
        title             = - - bold
        tab               = - -
        tabActive         = - - reverse bold
        tabCount          = - - dim
        header            = - - bold underline
        headerSort        = - - bold underline
        row               = - -
        rowAlt            = - -
        rowSelected       = - - reverse
        rowSelectedBlur   = - - noreverse bold underline
        match             = - - bold underline
        detailKey         = - - dim
        detailValue       = - -
        statusOk          = - - bold
        statusPending     = - - underline
        statusFailed      = - - reverse bold
        statusClosed      = - - dim
        statusWarn        = - - bold underline
        bar               = - - reverse
        barKey            = - - reverse bold
        barStale          = - - reverse bold underline
        toastInfo         = - - reverse
        toastWarn         = - - reverse bold
        toastError        = - - reverse bold underline
        dialog            = - -
        dialogButton      = - -
        dialogButtonFocus = - - reverse bold
        dialogDanger      = - - bold underline
        dialogDangerFocus = - - reverse bold underline
        input             = - - underline
        inputPlaceholder  = - - underline dim
        cursor            = - - nounderline reverse
        border            = - -
        borderFocus       = - - bold
        muted             = - - dim
        link              = - - underline
        badge             = - - bold
        scrollbar         = - - dim
        scrollbarThumb    = - - nodim
        spinner           = - - bold
        progress          = - - bold
        progressTrack     = - - nobold dim
        helpKey           = - - bold

        """
}
