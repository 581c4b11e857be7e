// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/criteria/status.h"
#include "core/facts/factcatalog.h"
#include "core/facts/factvalue.h"
#include "core/json/validationissue.h"

#include <QJsonValue>

#include <functional>
#include <vector>

namespace spinereview {

// A leaf condition of a criterion: a JsonLogic-compatible expression over named facts, compiled once at
// load and evaluated in Kleene logic — a comparison that reads an unknown fact is unknown (incomplete).
// The subset: {"var": name}, literals, ==, !=, <, <=, >, >= (and JsonLogic's three-argument "between"
// form of < and <=), in (a fact in a literal list), and, or, !. Every fact is checked against
// FactCatalog, every comparison for matching types and known text values.
class Condition
{
public:
    using FactLookup = std::function<const FactValue&(FactId)>;

    // Compiles `json`; on failure returns nullopt and appends issues naming `file` and paths under `path`.
    static std::optional<Condition> compile(const QJsonValue& json, const QString& file, const QString& path,
                                            ValidationIssues& issues);

    // The value of the condition; `read` receives every fact read, known or not.
    Status evaluate(const FactLookup& lookup, const std::function<void(FactId)>& read) const;

    // Every fact the condition reads, in order of first appearance.
    std::vector<FactId> facts() const;
    const QJsonValue& json() const { return m_json; }

private:
    enum class Op { Var, Literal, Equal, NotEqual, Less, LessOrEqual, Greater, GreaterOrEqual, In, And, Or, Not };
    struct Term
    {
        Op op = Op::Literal;
        FactId fact = FactId::Count;
        FactValue::Value literal;
        std::vector<FactValue::Value> list;
        std::vector<int> args;
    };
    struct Compiler;

    Status truth(int term, const FactLookup& lookup, const std::function<void(FactId)>& read) const;
    FactValue::Value operand(int term, const FactLookup& lookup, const std::function<void(FactId)>& read) const;

    std::vector<Term> m_terms;
    int m_root = -1;
    QJsonValue m_json;
};

} // namespace spinereview
