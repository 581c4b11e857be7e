// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/clinicallistmodel.h"

namespace spinereview {

// The weak muscle groups of exam.motorDeficit by root, side and MRC grade. An absent list is "no motor
// examination documented"; an empty one is "examined, no deficit".
class MotorDeficitModel final : public ClinicalListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MotorDeficitModel)

public:
    enum Column { Root, Side, Grade, ColumnCount };

    explicit MotorDeficitModel(CaseDocument& document, QObject* parent = nullptr);

protected:
    qsizetype entryCount(const SpineCase& c) const override;
    void setListPresent(SpineCase& c, bool present) const override;
    void insertEntries(SpineCase& c, int row, int count) const override;
    void removeEntries(SpineCase& c, int row, int count) const override;
    QVariant entryValue(const SpineCase& c, int row, int column) const override;
    void setEntryValue(SpineCase& c, int row, int column, const QVariant& value) const override;
};

} // namespace spinereview
