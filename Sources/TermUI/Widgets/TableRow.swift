/// One visible table row: cell texts (already sanitised), plus optional roles for the whole row, per cell
/// (a status column), and a short badge shown in a gutter before the first column.
public struct TableRow: Hashable, Sendable {
    public var cells: [String]
    public var role: StyleRole?
    public var cellRoles: [StyleRole?]
    public var badge: String
    public var badgeRole: StyleRole

    public init(_ cells: [String], role: StyleRole? = nil, cellRoles: [StyleRole?] = [], badge: String = "",
                badgeRole: StyleRole = .badge) {
        self.cells = cells
        self.role = role
        self.cellRoles = cellRoles
        self.badge = badge
        self.badgeRole = badgeRole
    }

    func cellRole(_ column: Int) -> StyleRole? {
        column < cellRoles.count ? cellRoles[column] : nil
    }
}
