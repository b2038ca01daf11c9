extension Schema {
    /// Issue 15: the instances' line ids that are their order's numbered lines become one byte, the position
    /// (`NumberedLine`). Nothing searches or lists an instance's line id, so no index changes.
    static let numberedLines = Migration(id: "2026-12-14-numbered-lines", sql: """
        UPDATE instances
        SET order_line_id = CAST(char(CAST(substr(order_line_id, length(order_id) + 2) AS INTEGER) - 1) AS BLOB)
        WHERE typeof(order_line_id) = 'text'
            AND length(order_line_id) = length(order_id) + 7
            AND substr(order_line_id, 1, length(order_id) + 1) = order_id || '-'
            AND substr(order_line_id, length(order_id) + 2) GLOB '[0-9][0-9][0-9][0-9][0-9][0-9]'
            AND CAST(substr(order_line_id, length(order_id) + 2) AS INTEGER) BETWEEN 1 AND 128;
        """)
}
