// SPDX-License-Identifier: GPL-3.0-or-later
#include "casefacts.h"

#include "core/case/casereader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;
using namespace spinereview;

CaseFacts::CaseFacts(const QString& members, const FactParameters& parameters)
{
    QJsonParseError error{};
    QJsonObject object = QJsonDocument::fromJson((u"{"_s + members + u"}"_s).toUtf8(), &error).object();
    if (error.error != QJsonParseError::NoError) {
        m_problem = u"test JSON: "_s + error.errorString() + u" in {"_s + members + u"}"_s;
        return;
    }
    object.insert(u"format"_s, u"spinereview-case/1"_s);
    object.insert(u"caseId"_s, u"facts-test"_s);
    if (!object.contains(u"reviewDate"_s))
        object.insert(u"reviewDate"_s, u"2025-11-17"_s);
    if (!object.contains(u"request"_s))
        object.insert(u"request"_s, QJsonObject{{u"levels"_s, QJsonArray{u"L4-L5"_s}},
                                                {u"components"_s, QJsonArray{u"decompression"_s}}});
    CaseReadResult result = CaseReader::readObject(object, u"test"_s);
    if (!result.ok()) {
        for (const ValidationIssue& issue : result.issues)
            m_problem += issue.toString() + u'\n';
        return;
    }
    m_case = std::make_unique<SpineCase>(std::move(*result.value));
    m_table = std::make_unique<FactTable>(*m_case, *m_case->reviewDate, parameters);
}

QString describe(const FactValue& fact)
{
    if (const auto* b = std::get_if<bool>(&fact.value))
        return *b ? u"true"_s : u"false"_s;
    if (const auto* d = std::get_if<double>(&fact.value))
        return QString::number(*d, 'g', 12);
    if (const auto* s = std::get_if<QString>(&fact.value))
        return u'"' + *s + u'"';
    return fact.assumable ? u"unknown, assumable"_s : u"unknown"_s;
}
