// TermUI module: see docs/DESIGN.md §3.
