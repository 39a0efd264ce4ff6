import SMALanguage

/// Pipelines: a table, then stages (`contributions 2005..2026 | where change > 5% | sort
/// change desc | take 3`). Each stage takes a table and gives a table, except the aggregates,
/// which give one value (after `group`, a table of each group and its value). A table keeps
/// its notes; each stage adds one that says what it did.

/// The row a stage's condition or `derive` is evaluated in: a bare name is its column.
struct RowScope {
    let columns: [Column]
    /// Each column's index by its key, made once a stage (not once a row).
    let index: [String: Int]
    var row: [Value?]
    /// The names a condition read and their columns, looked at before `index` (a condition
    /// reads the same one or two names in every row; small strings compare without hashing).
    var seen: [(name: String, column: Int)] = []
    /// Set when a condition read an empty cell: the row is left out (`where`) or its new cell
    /// left empty (`derive`), as SQL does with NULL.
    var readEmptyCell = false
}

/// The machine name of the column of agreements: its cells (`11th`) compare as their numbers.
let agreementColumnKey = "agreement"

extension Session {
    /// The cell of column `i` of a row, as a condition reads it: an agreement (`11th`) as its
    /// number, so `where agreement == 11` and `sort agreement` mean what they say.
    static func comparable(_ v: Value?, in column: Column) -> Value? {
        guard let v else { return nil }
        return comparable(v, column: column)
    }

    static func comparable(_ v: Value, column: Column) -> Value {
        guard column.key == agreementColumnKey, case .text(let t) = v else { return v }
        var n = 0, digits = 0
        for b in t.utf8 {
            guard b >= 0x30, b <= 0x39, digits < 9 else { break }
            n = n * 10 + Int(truncatingIfNeeded: b - 0x30)
            digits += 1
        }
        return digits == 0 ? v : .number(Dec(n))
    }

    /// The value of the row's column `name`, if the row has one (nil: not a column).
    func rowValue(_ name: String, span: Span) throws(Diagnostic) -> Value? {
        guard let scope = rowScope else { return nil }
        let i: Int
        if let s = scope.seen.first(where: { $0.name == name }) {
            i = s.column
        } else {
            guard let found = scope.index[name] else { return nil }
            rowScope?.seen.append((name, found))
            i = found
        }
        guard let v = Session.comparable(scope.row[i], in: scope.columns[i]) else {
            rowScope?.readEmptyCell = true
            throw Diagnostic(.evaluation, "this row has no `\(name)`", at: span)
        }
        return v
    }

    /// The table and the stages of `e` (`T | s1 | s2`), evaluated stage by stage.
    func pipeline(_ e: Expr) throws(Diagnostic) -> Output {
        var stages: [Stage] = []
        var source = e
        while case .pipe(let inner, let ref) = syntax[source] {
            stages.append(syntax[ref])
            source = inner
        }
        stages.reverse()
        let input = try evaluateOutput(source)
        var table: Table
        switch input.value {
        case .table(let t): table = t
        case .chart(let c): table = c.table
        default:
            throw Diagnostic(.evaluation, "`|` needs a table on its left, not \(input.value.typeName)", at: stages[0].wordSpan,
                             hint: "tables come from `contributions`, `agreements`, `rounds`, `sources`, `project YEARS`, `compare`, `verify`, `cpi YEARS` …")
        }
        var notes = input.notes
        // A comparison's summary rows (`total`, `vs first`: text in its year column) are not
        // rows of data: a stage sees the years alone.
        if let y = table.columns.firstIndex(where: { $0.key == "year" }) {
            let before = table.rows.count
            table.rows.removeAll { if case .text? = $0[y] { true } else { false } }
            if table.rows.count < before { notes.append(Phrase("the summary rows (total, vs first) are left out of the pipeline")) }
        }
        var i = 0
        while i < stages.count {
            let stage = stages[i]
            switch stage.kind {
            case .where(let c):
                let before = table.rows.count
                table.rows = try rows(of: table, where: c)
                notes.append(Phrase("`where` kept \(table.rows.count) of \(before) rows"))
            case .sort(let keys):
                let indices = try keys.map { (k) throws(Diagnostic) -> (Int, Bool) in (try column(k.column, in: table), k.descending) }
                table.rows = try sorted(table, by: indices, span: stage.span)
                notes.append(Phrase("sorted by " + keys.map { $0.column.name + ($0.descending ? " (descending)" : "") }.joined(separator: ", ")))
            case .take(let ne):
                let v = try evaluate(ne)
                guard case .number(let d) = v, let n = d.intValue, n >= 0 else {
                    throw Diagnostic(.evaluation, "`take` keeps a whole number of rows, 0 or more, not \(v.typeName == "a number" ? Arithmetic.describe(v) : v.typeName)", at: ne.span,
                                     hint: "for example `take 3`; to keep the last rows, `sort COLUMN desc` first")
                }
                if n < table.rows.count {
                    table.rows.removeLast(table.rows.count - n)
                    notes.append(Phrase(n == 1 ? "the first row" : "the first \(n) rows"))
                }
            case .select(let names):
                var picked: [Int] = []
                for c in names {
                    let j = try column(c, in: table)
                    if picked.contains(j) { throw Diagnostic(.evaluation, "the column `\(c.name)` is selected twice", at: c.span) }
                    picked.append(j)
                }
                table = Table(title: table.title, columns: picked.map { table.columns[$0] },
                              rows: table.rows.map { r in picked.map { r[$0] } })
            case .derive(let name, let ex):
                if table.columns.contains(where: { $0.key == name.name }) {
                    throw Diagnostic(.evaluation, "the table already has a column `\(name.name)`", at: name.span, hint: "choose another name")
                }
                var cells: [Value?] = []
                cells.reserveCapacity(table.rows.count)
                try withRows(of: table) { () throws(Diagnostic) in
                    for r in table.rows { cells.append(try cell(ex, r)) }
                }
                table.columns.append(Column(name.name, key: name.name))
                for j in table.rows.indices { table.rows[j].append(cells[j]) }
            case .group(let c):
                let g = try column(c, in: table)
                guard i + 1 < stages.count, case .aggregate(let agg, let over) = stages[i + 1].kind else {
                    let at = i + 1 < stages.count ? stages[i + 1].wordSpan : stage.span
                    throw Diagnostic(.evaluation, "`group` is followed by an aggregate", at: at,
                                     hint: "for example `| group \(c.name) | sum amount`; aggregates are: \(Aggregate.allCases.map(\.rawValue).joined(separator: ", "))")
                }
                let (grouped, note) = try groupTable(table, by: g, agg, over, span: stages[i + 1].span)
                table = grouped
                notes.append(note)
                i += 1
            case .aggregate(let agg, let over):
                let (v, note) = try aggregate(agg, over, of: table, rows: table.rows, span: stage.span)
                guard i == stages.count - 1 else {
                    throw Diagnostic(.evaluation, "`\(agg.rawValue)` gives one value, and a stage needs a table", at: stages[i + 1].wordSpan,
                                     hint: "end the pipeline with the aggregate, or `group COLUMN` before it")
                }
                return Output(v, notes: Session.notesThatApply(notes, to: table) + [note])
            }
            i += 1
        }
        return Output(.table(table), notes: Session.notesThatApply(notes, to: table))
    }

    /// The notes that still apply to the rows a pipeline kept: a note about years (a derived
    /// year, a stated change) goes when none of them is left.
    static func notesThatApply(_ notes: [Phrase], to table: Table) -> [Phrase] {
        guard notes.contains(where: { $0.years != nil }), let y = table.columns.firstIndex(where: { $0.key == "year" }) else { return notes }
        var kept: [Int] = []
        for r in table.rows { if y < r.count, case .number(let d)? = r[y], let v = d.intValue { kept.append(v) } }
        return notes.filter { n in n.years.map { ys in ys.contains { kept.contains($0) } } ?? true }
    }

    /// The index of a stage's column in `table`, or an error listing its columns.
    func column(_ c: ColumnName, in table: Table) throws(Diagnostic) -> Int {
        if let i = table.columns.firstIndex(where: { $0.key == c.name }) { return i }
        let keys = table.columns.map(\.key)
        let suggestion = Suggest.closest(to: c.name, among: keys).map { "did you mean `\($0)`? " } ?? ""
        throw Diagnostic(.evaluation, "the table has no column `\(c.name)`", at: c.span,
                         hint: suggestion + "its columns are: \(keys.joined(separator: ", "))")
    }

    /// Runs `body` with the table's columns as the row scope (the rows are set by `cell`).
    func withRows(of table: Table, _ body: () throws(Diagnostic) -> Void) throws(Diagnostic) {
        var index: [String: Int] = [:]
        for (i, c) in table.columns.enumerated() where index[c.key] == nil { index[c.key] = i }
        let saved = rowScope
        rowScope = RowScope(columns: table.columns, index: index, row: [])
        defer { rowScope = saved }
        try body()
    }

    /// The value of `e` in row `r` (nil when it read an empty cell), inside `withRows`.
    func cell(_ e: Expr, _ r: [Value?]) throws(Diagnostic) -> Value? {
        rowScope?.row = r
        rowScope?.readEmptyCell = false
        do {
            return try evaluate(e)
        } catch {
            // (Set by `rowValue` just before it throws: no evaluation step catches in between.)
            if rowScope?.readEmptyCell == true, error.phase == .evaluation { return nil }
            throw error
        }
    }

    func rows(of table: Table, where c: Expr) throws(Diagnostic) -> [[Value?]] {
        if let fast = try rowsComparingAColumn(table, c) { return fast }
        var kept: [[Value?]] = []
        try withRows(of: table) { () throws(Diagnostic) in
            for r in table.rows {
                guard let v = try cell(c, r) else { continue }
                guard case .bool(let b) = v else {
                    throw Diagnostic(.evaluation, "a `where` condition must be true or false, not \(v.typeName)", at: c.span,
                                     hint: "compare a column: `where amount > 1조`, `where city == \"Seoul\"`")
                }
                if b { kept.append(r) }
            }
        }
        return kept
    }

    /// `where COLUMN OP VALUE`, the value one that no row changes (a literal, an amount, a
    /// percent): the value is computed once and each row's cell compared with it, as the
    /// general path does row by row (a test holds the two equal). nil: not this shape.
    func rowsComparingAColumn(_ table: Table, _ c: Expr) throws(Diagnostic) -> [[Value?]]? {
        guard case .compare(let op, let l, let r) = syntax[c], case .name(let ref) = syntax[l], isConstant(r),
              locals.isEmpty || locals[locals.count - 1][syntax[ref]] == nil,
              let j = table.columns.firstIndex(where: { $0.key == syntax[ref] }) else { return nil }
        let rv = try evaluate(r)
        let equality = op == .equal || op == .notEqual
        var kept: [[Value?]] = []
        for row in table.rows {
            guard let v = Session.comparable(row[j], in: table.columns[j]) else { continue }
            if Conditions.holds(op, try Conditions.order(v, rv, equality: equality, span: c.span)) { kept.append(row) }
        }
        return kept
    }

    /// Whether `e` is the same in every row: no names, calls or queries in it.
    func isConstant(_ e: Expr) -> Bool {
        switch syntax[e] {
        case .number, .money, .text, .date, .bool: return true
        case .percent(let x), .negate(let x): return isConstant(x)
        case .binary(_, let a, let b): return isConstant(a) && isConstant(b)
        default: return false
        }
    }

    /// The rows ordered by the columns (`descending` each), stably; empty cells last. Each
    /// row's keys are read once (an agreement as its number), and their kinds checked once, so
    /// the comparison itself cannot fail half-way.
    func sorted(_ table: Table, by keys: [(Int, Bool)], span: Span) throws(Diagnostic) -> [[Value?]] {
        // One column of numbers, percents or money of one currency (the common case): sorted
        // by their decimals alone, which `sortedByValue` (the general path) is tested against.
        if keys.count == 1, let rows = Session.sortedByDecimals(table, column: keys[0].0, descending: keys[0].1) { return rows }
        return try sortedByValue(table, by: keys, span: span)
    }

    /// The rows in the order of one column's decimals, stable, empty cells last; nil when the
    /// column holds anything else (text, mixed kinds, two currencies).
    static func sortedByDecimals(_ table: Table, column j: Int, descending desc: Bool) -> [[Value?]]? {
        var keyed: [(Dec, Int)] = [], empty: [Int] = []
        keyed.reserveCapacity(table.rows.count)
        var kind = -1
        for (i, row) in table.rows.enumerated() {
            let k: Int, d: Dec
            switch j < row.count ? row[j] : nil {
            case .number(let x)?: (k, d) = (0, x)
            case .percent(let x, _)?: (k, d) = (1, x)
            case .money(let m)?: (k, d) = (m.currency == .krw ? 2 : 3, m.amount)
            case nil: empty.append(i); continue
            default: return nil
            }
            if kind == -1 { kind = k } else if kind != k { return nil }
            keyed.append((d, i))
        }
        keyed.sort { a, b in a.0 == b.0 ? a.1 < b.1 : desc ? b.0 < a.0 : a.0 < b.0 }
        return keyed.map { table.rows[$0.1] } + empty.map { table.rows[$0] }
    }

    func sortedByValue(_ table: Table, by keys: [(Int, Bool)], span: Span) throws(Diagnostic) -> [[Value?]] {
        // One column: its keys without an array a row.
        if keys.count == 1 {
            let (j, desc) = keys[0]
            let keyed: [(key: Value?, offset: Int)] = table.rows.enumerated().map { (i, row) in (Session.comparable(row[j], in: table.columns[j]), i) }
            var first: Value? = nil
            for r in keyed {
                guard let v = r.key else { continue }
                if let f = first { _ = try Conditions.order(f, v, equality: false, span: span) } else { first = v }
            }
            return keyed.sorted { a, b in
                switch (a.key, b.key) {
                case (nil, nil): return a.offset < b.offset
                case (nil, _): return false
                case (_, nil): return true
                case (let x?, let y?):
                    let o = Conditions.orderOfChecked(x, y)
                    return o != 0 ? (desc ? o > 0 : o < 0) : a.offset < b.offset
                }
            }.map { table.rows[$0.offset] }
        }
        let keyed: [(keys: [Value?], offset: Int)] = table.rows.enumerated().map { (i, row) in
            (keys.map { Session.comparable(row[$0.0], in: table.columns[$0.0]) }, i)
        }
        for k in keys.indices {
            var first: Value? = nil
            for r in keyed {
                guard let v = r.keys[k] else { continue }
                if let f = first { _ = try Conditions.order(f, v, equality: false, span: span) } else { first = v }
            }
        }
        let descending = keys.map(\.1)
        let ordered = keyed.sorted { a, b in
            for k in descending.indices {
                switch (a.keys[k], b.keys[k]) {
                case (nil, nil): continue
                case (nil, _): return false
                case (_, nil): return true
                case (let x?, let y?):
                    let o = Conditions.orderOfChecked(x, y)
                    if o != 0 { return descending[k] ? o > 0 : o < 0 }
                }
            }
            return a.offset < b.offset
        }
        return ordered.map { table.rows[$0.offset] }
    }

    /// One row per value of column `g` (in the order they first appear), with the aggregate.
    func groupTable(_ table: Table, by g: Int, _ agg: Aggregate, _ over: ColumnName?, span: Span) throws(Diagnostic) -> (Table, Phrase) {
        var keys: [Value?] = []
        var members: [[[Value?]]] = []
        for r in table.rows {
            let k = r[g]
            if let i = keys.firstIndex(where: { same($0, k) }) {
                members[i].append(r)
            } else {
                keys.append(k)
                members.append([r])
            }
        }
        let heading = over.map { "\(agg.rawValue) \($0.name)" } ?? agg.rawValue
        var out = Table(title: table.title, columns: [table.columns[g], Column(heading, key: over.map { "\(agg.rawValue)_\($0.name)" } ?? agg.rawValue)])
        for (k, rows) in zip(keys, members) {
            let (v, _) = try aggregate(agg, over, of: table, rows: rows, span: span)
            out.rows.append([k, v])
        }
        return (out, Phrase("\(heading) for each \(table.columns[g].key), \(keys.count) group\(keys.count == 1 ? "" : "s") of \(table.rows.count) rows"))
    }

    private func same(_ a: Value?, _ b: Value?) -> Bool {
        switch (a, b) {
        case (nil, nil): return true
        case (nil, _), (_, nil): return false
        case (let x?, let y?): return (try? Conditions.order(x, y, equality: true, span: Span(0, 0))) == 0
        }
    }

    /// An aggregate over `rows` of `table` (empty cells left out, and said so).
    func aggregate(_ agg: Aggregate, _ over: ColumnName?, of table: Table, rows: [[Value?]], span: Span) throws(Diagnostic) -> (Value, Phrase) {
        guard let over else { return (.number(Dec(rows.count)), Phrase("count of \(rows.count) rows")) }
        let j = try column(over, in: table)
        let values = rows.compactMap { $0[j] }
        let left = rows.count - values.count
        let what = "\(agg.rawValue) of \(over.name) over \(values.count) rows" + (left > 0 ? " (\(left) with no \(over.name) left out)" : "")
        guard let first = values.first else {
            if agg == .sum { return (.number(.zero), Phrase(what)) }
            throw Diagnostic(.evaluation, "no rows to take the \(agg.rawValue) of", at: span, hint: "the stages before it left no rows with a value in `\(over.name)`")
        }
        // One currency in a column of money, else say how to make it one.
        if case .money(let m) = first, let other = values.first(where: { if case .money(let o) = $0 { o.currency != m.currency } else { false } }),
           case .money(let o) = other {
            throw Diagnostic(.evaluation, "the column `\(over.name)` mixes \(m.currency.rawValue) and \(o.currency.rawValue)", at: over.span,
                             hint: "convert the table first: `… in krw | \(agg.rawValue) \(over.name)` (each year at its own average rate), or keep one era with `where`")
        }
        // One kind in the column (an agreement's `11th` as its number for min and max).
        for v in values.dropFirst() { _ = try Conditions.order(Session.comparable(first, column: table.columns[j]), Session.comparable(v, column: table.columns[j]), equality: false, span: over.span) }
        switch agg {
        case .count: return (.number(Dec(values.count)), Phrase(what))
        case .min, .max:
            var best = first
            for v in values.dropFirst() {
                let o = (try? Conditions.order(Session.comparable(v, column: table.columns[j]), Session.comparable(best, column: table.columns[j]), equality: false, span: span)) ?? 0
                if agg == .min ? o < 0 : o > 0 { best = v }
            }
            return (best, Phrase(what))
        case .sum, .mean, .median:
            guard first.isNumeric else {
                throw Diagnostic(.evaluation, "cannot take the \(agg.rawValue) of \(first.typeName)", at: over.span,
                                 hint: "`\(agg.rawValue)` takes a column of numbers, percents or money; `min`, `max` and `count` take any column")
            }
            let sorted = agg == .median ? values.sorted { a, b in ((try? Conditions.order(a, b, equality: false, span: span)) ?? 0) < 0 } : values
            let picked: [Value]
            if agg == .median {
                let m = sorted.count / 2
                picked = sorted.count % 2 == 1 ? [sorted[m]] : [sorted[m - 1], sorted[m]]
            } else {
                picked = sorted
            }
            var total = picked[0]
            for v in picked.dropFirst() { total = try combine(.add, total, v, agg, span: over.span) }
            if agg == .sum || picked.count == 1 { return (unsigned(total), Phrase(what)) }
            return (unsigned(try combine(.divide, total, .number(Dec(picked.count)), agg, span: over.span)), Phrase(what))
        }
    }

    /// One step of an aggregate's arithmetic, exact (money rounded to its minor unit once).
    private func combine(_ op: BinaryOperator, _ a: Value, _ b: Value, _ agg: Aggregate, span: Span) throws(Diagnostic) -> Value {
        do throws(ArithmeticError) {
            if let v = try Arithmetic.exact(op, a, b) { return v }
        } catch {
            throw Diagnostic(.evaluation, "the \(agg.rawValue) is too large to compute exactly", at: span)
        }
        throw Arithmetic.unitError(op, a, b, span: span)
    }

    /// A percent as a plain percent (a sum of changes is not a change).
    private func unsigned(_ v: Value) -> Value {
        if case .percent(let d, _) = v { return .percent(d, signed: false) }
        return v
    }
}


extension Session {
    /// The column keys of the table `text` gives (completion after a stage word), or none. A
    /// simulation is not run for it (it may take seconds); nothing else here lasts.
    public func columnKeys(of text: String) -> [String] {
        guard let parsed = try? Parser.parse(SourceText(name: "<completion>", text: text)),
              parsed.statements.count == 1, case .expression(let e) = parsed.statements[0].kind else { return [] }
        var root = e
        while case .pipe(let inner, _) = parsed.syntax[root] { root = inner }
        if case .query(let q) = parsed.syntax[root], case .simulate(_, let sim) = parsed.syntax[q] {
            return summaryTable([], years: [], trials: 0, above: sim.above != nil).columns.map(\.key)
        }
        // Filtering and ordering keep the columns: the table before them is enough (a Tab after
        // `sources | where text contains "…" |` ran the condition over every source, over a
        // millisecond).
        var left = e
        stages: while case .pipe(let inner, let stage) = parsed.syntax[left] {
            switch parsed.syntax[stage].kind {
            case .where, .sort, .take: left = inner
            default: break stages
            }
        }
        let savedTree = syntax, savedSource = currentSource, savedSuggests = suggests
        defer { syntax = savedTree; currentSource = savedSource; suggests = savedSuggests }
        syntax = parsed.syntax
        suggests = false
        guard let out = try? evaluateOutput(left) else { return [] }
        switch out.value {
        case .table(let t): return t.columns.map(\.key)
        case .chart(let c): return c.table.columns.map(\.key)
        default: return []
        }
    }
}
