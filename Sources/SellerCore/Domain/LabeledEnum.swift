/// An enum whose raw value is KooGallery's wire spelling and which has the Chinese label a seller sees in the
/// web Seller Center. Lists, filters and the simulator all use these two spellings and nothing else.
public protocol LabeledEnum: RawRepresentable, CaseIterable, Hashable, Sendable where RawValue == String {
    /// The label KooGallery's Chinese pages use (e.g. 处理中).
    var label: String { get }
}
