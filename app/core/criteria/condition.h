// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/criteria/status.h"
#include "core/facts/factcatalog.h"
#include "core/facts/factvalue.h"
#include "core/json/validationissue.h"

#include <QJsonValue>
#include <QVarLengthArray>

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
    // Compiles `json`; on failure returns nullopt and appends issues naming `file` and paths under `path`.
    static std::optional<Condition> compile(const QJsonValue& json, const QString& file, const QString& path,
                                            ValidationIssues& issues);

    // The value of the condition, given the value of every fact of facts(), in that order. The evaluation
    // reads every one of them (no short circuit), so facts() is also the list of facts the rationale shows.
    Status evaluate(const FactValue* const* values) const;

    // The value of the condition over `lookup` (FactId -> const FactValue&); `read` receives every fact read,
    // known or not, once, in the order of facts().
    template <typename Lookup, typename Read> Status evaluate(const Lookup& lookup, const Read& read) const
    {
        QVarLengthArray<const FactValue*, 8> values;
        for (FactId id : m_facts) {
            read(id);
            values.append(&lookup(id));
        }
        return evaluate(values.constData());
    }

    // Every fact the condition reads, in order of first appearance.
    const std::vector<FactId>& facts() const { return m_facts; }
    const QJsonValue& json() const { return m_json; }

private:
    enum class Op { Var, Literal, Equal, NotEqual, Less, LessOrEqual, Greater, GreaterOrEqual, In, And, Or, Not };
    struct Term
    {
        Op op = Op::Literal;
        FactId fact = FactId::Count;
        int slot = -1; // Op::Var: the index of `fact` in m_facts
        FactValue::Value literal;
        std::vector<FactValue::Value> list;
        std::vector<int> args;
    };
    struct Compiler;

    Status truth(int term, const FactValue* const* values) const;
    const FactValue::Value& operand(int term, const FactValue* const* values) const;

    std::vector<Term> m_terms;
    std::vector<FactId> m_facts;
    int m_root = -1;
    QJsonValue m_json;
};

} // namespace spinereview
