extension Theme {
    /// The theme used when none is configured or the configured one cannot be loaded, so the console starts
    /// even without a `Themes` folder. Keeps the terminal's own colours.
    public static let builtinDefault: Theme = builtin(name: "default", source: builtinDefaultSource)

    /// The text of `Themes/default.theme`, compiled in; a test keeps the two identical.
    static let builtinDefaultSource = """
        # default.theme: follows the terminal's own colours.
        #
        # Foreground and background stay 'default' (whatever the terminal uses), accents are the ANSI colours
        # 0-15 that the user's terminal scheme defines, and selection is reverse video. That keeps the theme
        # readable on light and dark terminals alike. Blue text (dark blue on black) and bright black (the same
        # as the background in some schemes) are not used. The format is described in Themes/README.md.
        #
        # This file is also compiled into the program (Theme.builtinDefault), so the console still works
        # without a Themes folder. A test makes sure the two stay the same.

        [meta]
        name    = 默认 Default
        variant = dark                      # follows the terminal; dark is the more common case

        [styles]
        app               = default default
        title             = - - bold
        tab               = - -
        tabActive         = - - reverse bold
        tabCount          = cyan -
        header            = - - bold
        headerSort        = cyan - bold
        row               = - -
        rowAlt            = - -             # no zebra: status cells keep the row's background
        rowSelected       = - - reverse
        rowSelectedBlur   = - - noreverse underline
        match             = magenta - underline
        detailKey         = - - dim
        detailValue       = - -
        statusOk          = green -
        statusPending     = cyan -
        statusFailed      = red - bold
        statusClosed      = - - dim
        statusWarn        = yellow - bold
        bar               = - - reverse
        barKey            = - - reverse bold
        barStale          = black yellow bold
        toastInfo         = - - reverse
        toastWarn         = black yellow bold
        toastError        = brightwhite red bold
        dialog            = - -
        dialogButton      = - -
        dialogButtonFocus = - - reverse bold
        dialogDanger      = red - bold
        dialogDangerFocus = brightwhite red bold
        input             = - - underline
        inputPlaceholder  = - - dim
        cursor            = - - nounderline reverse
        border            = - -
        borderFocus       = cyan - bold
        muted             = - - dim
        link              = cyan - underline
        badge             = - - bold
        scrollbar         = - - dim
        scrollbarThumb    = - - nodim
        spinner           = cyan -
        progress          = green -
        progressTrack     = - - dim
        helpKey           = cyan - bold

        [symbols]                           # one cell each; ignored where the terminal draws them wide
        ellipsis       = …
        sortAscending  = ▲
        sortDescending = ▼

        """
}
