import Foundation

// terminal-check: the tmux and headless-ncurses tests' fixture (see `TerminalCheck`).
exit(TerminalCheck.run(Array(CommandLine.arguments.dropFirst())))
