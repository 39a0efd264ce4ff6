/// The entry of the generated `CompiledRecord.generated.swift`: the built-in record as values, built at
/// first use without parsing (the generator, `CompiledRecordWriter`, lives in SMATools).
/// The built-in record as Swift values (`CompiledRecord.generated.swift`, generated).
enum CompiledRecord {
    static func make() -> RecordData {
        var r = RecordData()
        agreements(&r)
        contributions(&r)
        rounds(&r)
        negotiatorsAndEvents(&r)
        indices(&r)
        breakdownsAndSources(&r)
        return r
    }
}
