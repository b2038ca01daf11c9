// ConsoleUI module: see docs/DESIGN.md §3.
