import ListContract
import SellerCore
import TermUI

/// Turns a full record into the detail pane's document: every field a seller needs, named in the context's
/// language (the Chinese names are KooGallery's Seller Center's), local times, masked secrets, and links to the related records. Pure, so
/// the same record always gives the same document.
public enum DetailDocumentBuilder {
    /// The document for `record`. `links` are an order's related records, or a gateway exception's journalled
    /// calls (nil while they are still loading); other kinds link to their order and ignore it.
    public static func document(for record: SellerRecord, links: OrderLinks?, failedAction: OutboxItem? = nil,
                                context: DisplayContext) -> DetailDocument {
        var draft = DetailDraft(context: context)
        if let failedAction { writeFailure(failedAction, into: &draft) }
        switch record {
        case .order(let order):
            write(order, links: links, into: &draft)
        case .instance(let instance):
            write(instance, into: &draft)
        case .exception(let message):
            write(message, links: links, into: &draft)
        case .supervision(let task):
            write(task, into: &draft)
        case .ticket(let ticket):
            write(ticket, into: &draft)
        case .call(let call):
            write(call, into: &draft)
        }
        return draft.document(title: RecordText.record(record.kind).text(context.language) + " " + record.id)
    }
}
