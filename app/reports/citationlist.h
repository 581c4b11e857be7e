// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/criteria/evidencelibrary.h"

#include <QCoreApplication>
#include <QStringList>

#include <memory>

namespace spinereview {

// The evidence a report cites, numbered in the order it is first cited, and its list of references.
class CitationList
{
    Q_DECLARE_TR_FUNCTIONS(CitationList)

public:
    explicit CitationList(std::shared_ptr<const EvidenceLibrary> library);

    // The marks for these library ids, numbering those not cited before: "[1, 4]"; empty for none.
    QString cite(const QStringList& ids);
    bool isEmpty() const { return m_ids.isEmpty(); }
    // "[1] Authors. Title. Source. PMID …" for each, with the confidence tag of the library where it has one.
    QStringList references() const;
    // What the confidence tags mean.
    static QString legend();

private:
    std::shared_ptr<const EvidenceLibrary> m_library;
    QStringList m_ids;
};

} // namespace spinereview
