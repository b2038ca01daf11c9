// MarketAPI module: see docs/DESIGN.md §3.
