// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/criteria/condition.h"

#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>

namespace spinereview {

using namespace Qt::StringLiterals;

namespace {

struct OperatorInfo
{
    QLatin1StringView name;
    int minArgs;
    int maxArgs;
};

bool isComparison(QStringView op)
{
    return op == "=="_L1 || op == "!="_L1 || op == "<"_L1 || op == "<="_L1 || op == ">"_L1 || op == ">="_L1;
}

QString typeName(FactType type)
{
    switch (type) {
    case FactType::Boolean:
        return u"a boolean"_s;
    case FactType::Number:
        return u"a number"_s;
    case FactType::Text:
        return u"a text value"_s;
    }
    return {};
}

std::optional<FactType> literalType(const QJsonValue& value)
{
    if (value.isBool())
        return FactType::Boolean;
    if (value.isDouble())
        return FactType::Number;
    if (value.isString())
        return FactType::Text;
    return std::nullopt;
}

FactValue::Value literalValue(const QJsonValue& value)
{
    if (value.isBool())
        return value.toBool();
    if (value.isDouble())
        return value.toDouble();
    return value.toString();
}

} // namespace

// Compiles one JSON expression into terms, collecting every problem rather than stopping at the first.
struct Condition::Compiler
{
    Condition& condition;
    const QString& file;
    ValidationIssues& issues;
    bool ok = true;

    void fail(const QString& path, const QString& message)
    {
        ok = false;
        issues.append({file, path, message});
    }

    int add(Term term)
    {
        condition.m_terms.push_back(std::move(term));
        return static_cast<int>(condition.m_terms.size()) - 1;
    }

    // A value operand: {"var": name} or a literal. Returns the term and its type.
    std::pair<int, std::optional<FactType>> operand(const QJsonValue& json, const QString& path)
    {
        if (json.isObject()) {
            const QJsonObject object = json.toObject();
            if (object.size() != 1 || !object.contains("var"_L1)) {
                fail(path, u"expected {\"var\": fact} or a literal"_s);
                return {-1, std::nullopt};
            }
            QJsonValue name = object.value("var"_L1);
            if (name.isArray() && name.toArray().size() == 1)
                name = name.toArray().first();
            if (!name.isString()) {
                fail(jsonPathMember(path, u"var"_s), u"expected a fact name"_s);
                return {-1, std::nullopt};
            }
            const auto fact = FactCatalog::find(name.toString());
            if (!fact) {
                fail(jsonPathMember(path, u"var"_s), u"unknown fact \"%1\""_s.arg(name.toString()));
                return {-1, std::nullopt};
            }
            Term term;
            term.op = Op::Var;
            term.fact = *fact;
            return {add(std::move(term)), FactCatalog::definition(*fact).type};
        }
        const auto type = literalType(json);
        if (!type) {
            fail(path, u"expected {\"var\": fact}, a number, a boolean or a string"_s);
            return {-1, std::nullopt};
        }
        Term term;
        term.op = Op::Literal;
        term.literal = literalValue(json);
        return {add(std::move(term)), type};
    }

    // Text literals compared with an enumerated fact must be one of its values.
    void checkTextValue(const Term& var, const QJsonValue& literal, const QString& path)
    {
        if (var.op != Op::Var || !literal.isString())
            return;
        const auto& allowed = FactCatalog::definition(var.fact).textValues;
        if (!allowed.isEmpty() && !allowed.contains(literal.toString()))
            fail(path, u"\"%1\" is not a value of %2 (expected one of %3)"_s.arg(
                           literal.toString(), QString::fromLatin1(FactCatalog::definition(var.fact).name),
                           allowed.join(u", "_s)));
    }

    int comparison(const QString& op, const QJsonArray& args, const QString& path)
    {
        const bool between = (op == "<"_L1 || op == "<="_L1) && args.size() == 3;
        if (args.size() != 2 && !between) {
            fail(path, u"\"%1\" takes two operands%2; found %3"_s.arg(
                           op, (op == "<"_L1 || op == "<="_L1) ? u" (or three, for between)"_s : QString(),
                           QString::number(args.size())));
            return -1;
        }
        Term term;
        term.op = op == "=="_L1   ? Op::Equal
                  : op == "!="_L1 ? Op::NotEqual
                  : op == "<"_L1  ? Op::Less
                  : op == "<="_L1 ? Op::LessOrEqual
                  : op == ">"_L1  ? Op::Greater
                                  : Op::GreaterOrEqual;
        std::optional<FactType> type;
        bool anyVar = false;
        bool operandsOk = true;
        for (qsizetype i = 0; i < args.size(); ++i) {
            const QString argPath = jsonPathIndex(jsonPathMember(path, op), i);
            const auto [index, argType] = operand(args[i], argPath);
            if (index < 0) {
                operandsOk = false; // keep going: every bad operand is reported
                continue;
            }
            anyVar = anyVar || condition.m_terms[static_cast<std::size_t>(index)].op == Op::Var;
            if (type && argType && *type != *argType) {
                fail(argPath, u"compares %1 with %2"_s.arg(typeName(*type), typeName(*argType)));
                operandsOk = false;
                continue;
            }
            type = argType;
            term.args.push_back(index);
        }
        if (!operandsOk)
            return -1;
        if (!anyVar)
            fail(path, u"a comparison must read a fact"_s);
        if (term.op != Op::Equal && term.op != Op::NotEqual && type != FactType::Number)
            fail(path, u"\"%1\" compares numbers only"_s.arg(op));
        for (qsizetype i = 0; i < args.size(); ++i) {
            for (qsizetype j = 0; j < args.size(); ++j)
                if (i != j)
                    checkTextValue(condition.m_terms[static_cast<std::size_t>(term.args[static_cast<std::size_t>(i)])],
                                   args[j], jsonPathIndex(jsonPathMember(path, op), j));
        }
        return add(std::move(term));
    }

    int membership(const QJsonArray& args, const QString& path)
    {
        const QString opPath = jsonPathMember(path, u"in"_s);
        if (args.size() != 2 || !args[1].isArray()) {
            fail(opPath, u"\"in\" takes a fact and a list of literals"_s);
            return -1;
        }
        const auto [index, type] = operand(args[0], jsonPathIndex(opPath, 0));
        if (index < 0)
            return -1;
        if (condition.m_terms[static_cast<std::size_t>(index)].op != Op::Var) {
            fail(jsonPathIndex(opPath, 0), u"expected {\"var\": fact}"_s);
            return -1;
        }
        Term term;
        term.op = Op::In;
        term.args.push_back(index);
        const QJsonArray list = args[1].toArray();
        for (qsizetype i = 0; i < list.size(); ++i) {
            const QString itemPath = jsonPathIndex(jsonPathIndex(opPath, 1), i);
            if (literalType(list[i]) != type) {
                fail(itemPath, u"expected %1 like the fact"_s.arg(type ? typeName(*type) : u"a literal"_s));
                continue;
            }
            checkTextValue(condition.m_terms[static_cast<std::size_t>(index)], list[i], itemPath);
            term.list.push_back(literalValue(list[i]));
        }
        return add(std::move(term));
    }

    int expression(const QJsonValue& json, const QString& path)
    {
        if (!json.isObject() || json.toObject().size() != 1) {
            fail(path, u"expected a JsonLogic expression: an object with exactly one operator"_s);
            return -1;
        }
        const QJsonObject object = json.toObject();
        const QString op = object.begin().key();
        const QJsonValue value = object.begin().value();
        const QJsonArray args = value.isArray() ? value.toArray() : QJsonArray{value};
        if (isComparison(op))
            return comparison(op, args, path);
        if (op == "in"_L1)
            return membership(args, path);
        if (op == "and"_L1 || op == "or"_L1 || op == "!"_L1) {
            if ((op == "!"_L1 && args.size() != 1) || args.isEmpty()) {
                fail(jsonPathMember(path, op),
                     op == "!"_L1 ? u"\"!\" takes one operand"_s : u"\"%1\" needs at least one operand"_s.arg(op));
                return -1;
            }
            Term term;
            term.op = op == "and"_L1 ? Op::And : (op == "or"_L1 ? Op::Or : Op::Not);
            bool operandsOk = true;
            for (qsizetype i = 0; i < args.size(); ++i) {
                const QString argPath =
                    value.isArray() ? jsonPathIndex(jsonPathMember(path, op), i) : jsonPathMember(path, op);
                const int index = expression(args[i], argPath);
                operandsOk = operandsOk && index >= 0;
                term.args.push_back(index);
            }
            return operandsOk ? add(std::move(term)) : -1;
        }
        fail(path, u"unknown operator \"%1\" (the criteria use ==, !=, <, <=, >, >=, in, and, or, !)"_s.arg(op));
        return -1;
    }
};

std::optional<Condition> Condition::compile(const QJsonValue& json, const QString& file, const QString& path,
                                            ValidationIssues& issues)
{
    Condition condition;
    Compiler compiler{condition, file, issues};
    condition.m_root = compiler.expression(json, path);
    if (!compiler.ok || condition.m_root < 0)
        return std::nullopt;
    // Terms are added depth first, left to right — the order in which truth() reads them.
    for (Term& term : condition.m_terms) {
        if (term.op != Op::Var)
            continue;
        const auto known = std::find(condition.m_facts.begin(), condition.m_facts.end(), term.fact);
        term.slot = static_cast<int>(known - condition.m_facts.begin());
        if (known == condition.m_facts.end())
            condition.m_facts.push_back(term.fact);
    }
    condition.m_json = json;
    return condition;
}

Status Condition::evaluate(const FactValue* const* values) const
{
    return truth(m_root, values);
}

const FactValue::Value& Condition::operand(int index, const FactValue* const* values) const
{
    const Term& term = m_terms[static_cast<std::size_t>(index)];
    return term.op == Op::Literal ? term.literal : values[term.slot]->value;
}

Status Condition::truth(int index, const FactValue* const* values) const
{
    const Term& term = m_terms[static_cast<std::size_t>(index)];
    const auto boolStatus = [](bool b) { return b ? Status::Met : Status::NotMet; };
    const auto unknown = [](const FactValue::Value& v) { return std::holds_alternative<std::monostate>(v); };
    switch (term.op) {
    case Op::And:
    case Op::Or: {
        Status result = term.op == Op::And ? Status::Met : Status::NotMet;
        for (int arg : term.args) {
            const Status s = truth(arg, values);
            result = term.op == Op::And ? Kleene::conjunction(result, s) : Kleene::disjunction(result, s);
        }
        return result;
    }
    case Op::Not:
        return Kleene::negation(truth(term.args.front(), values));
    case Op::In: {
        const FactValue::Value& value = operand(term.args.front(), values);
        if (unknown(value))
            return Status::Incomplete;
        return boolStatus(std::find(term.list.begin(), term.list.end(), value) != term.list.end());
    }
    case Op::Equal:
    case Op::NotEqual:
    case Op::Less:
    case Op::LessOrEqual:
    case Op::Greater:
    case Op::GreaterOrEqual: {
        // Two operands, or three for JsonLogic's between form of < and <=.
        const FactValue::Value& first = operand(term.args[0], values);
        const FactValue::Value& second = operand(term.args[1], values);
        const FactValue::Value* third = term.args.size() > 2 ? &operand(term.args[2], values) : nullptr;
        if (unknown(first) || unknown(second) || (third && unknown(*third)))
            return Status::Incomplete;
        if (term.op == Op::Equal)
            return boolStatus(first == second);
        if (term.op == Op::NotEqual)
            return boolStatus(first != second);
        // The compiler admits only numbers to an ordering.
        const auto holds = [op = term.op](const FactValue::Value& left, const FactValue::Value& right) {
            const double a = *std::get_if<double>(&left);
            const double b = *std::get_if<double>(&right);
            return op == Op::Less ? a < b : op == Op::LessOrEqual ? a <= b : op == Op::Greater ? a > b : a >= b;
        };
        return boolStatus(holds(first, second) && (!third || holds(second, *third)));
    }
    case Op::Var:
    case Op::Literal:
        break;
    }
    return Status::Incomplete;
}

} // namespace spinereview
