// ConsoleRuntime: runs ConsoleUI effects against the store and the marketplace, and drives the terminal.
