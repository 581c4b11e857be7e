// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/case/spinecase.h"
#include "core/facts/facttable.h"

#include <QString>
#include <QTest>

#include <memory>

// The derived facts of a small test case written as the members of its JSON object. format, caseId, reviewDate
// (2025-11-17) and a request (decompression at L4-L5) are filled in where the members leave them out.
class CaseFacts
{
public:
    explicit CaseFacts(const QString& members, const spinereview::FactParameters& parameters = {});

    // Empty when the case was read; else why not (the test fails with it).
    const QString& problem() const { return m_problem; }
    const spinereview::SpineCase& spineCase() const { return *m_case; }
    const spinereview::FactTable& table() const { return *m_table; }
    const spinereview::FactValue& operator()(spinereview::FactId id,
                                             std::optional<spinereview::Level> level = std::nullopt) const
    {
        return m_table->value(id, level);
    }

private:
    QString m_problem;
    std::unique_ptr<spinereview::SpineCase> m_case;
    std::unique_ptr<spinereview::FactTable> m_table;
};

#define CASE_FACTS(name, ...)                                                                                          \
    const CaseFacts name{__VA_ARGS__};                                                                                 \
    QVERIFY2(name.problem().isEmpty(), qPrintable(name.problem()))

// A fact in one word or number: "true", "6", "\"text\"", "unknown" or "unknown, assumable".
QString describe(const spinereview::FactValue& fact);
