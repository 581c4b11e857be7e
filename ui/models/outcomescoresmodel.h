// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/clinicallistmodel.h"

namespace spinereview {

// The dated pain and ODI measurements of symptoms.outcomeScores, for trends over the course of care.
class OutcomeScoresModel final : public ClinicalListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OutcomeScoresModel)

public:
    enum Column { Date, PainScore, Odi, ColumnCount };

    explicit OutcomeScoresModel(CaseDocument& document, QObject* parent = nullptr);

protected:
    qsizetype entryCount(const SpineCase& c) const override;
    void setListPresent(SpineCase& c, bool present) const override;
    void insertEntries(SpineCase& c, int row, int count) const override;
    void removeEntries(SpineCase& c, int row, int count) const override;
    QVariant entryValue(const SpineCase& c, int row, int column) const override;
    void setEntryValue(SpineCase& c, int row, int column, const QVariant& value) const override;
};

} // namespace spinereview
