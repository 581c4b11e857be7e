// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/clinicallistmodel.h"

namespace spinereview {

// The reflex changes of exam.reflexChanges (patellar or Achilles, by side).
class ReflexChangesModel final : public ClinicalListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReflexChangesModel)

public:
    enum Column { Reflex, Side, ColumnCount };

    explicit ReflexChangesModel(CaseDocument& document, QObject* parent = nullptr);

protected:
    qsizetype entryCount(const SpineCase& c) const override;
    void setListPresent(SpineCase& c, bool present) const override;
    void insertEntries(SpineCase& c, int row, int count) const override;
    void removeEntries(SpineCase& c, int row, int count) const override;
    QVariant entryValue(const SpineCase& c, int row, int column) const override;
    void setEntryValue(SpineCase& c, int row, int column, const QVariant& value) const override;
};

} // namespace spinereview
