// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/engine/evaluationresult.h"
#include "core/engine/missingdocumentation.h"

#include <QAbstractListModel>
#include <QSet>

#include <optional>
#include <vector>

namespace spinereview {

// The records that would settle the incomplete determinations, one row per record (a record several
// components need is one request). The reviewer ticks a row off once it is requested or received; ticked
// rows stay listed but leave the request for information. Ticks survive re-evaluation of the same case.
class MissingDocumentsModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MissingDocumentsModel)

public:
    enum Role {
        RecordRole = Qt::UserRole + 1, // QString: the record as the engine wrote it (English), undecorated
        SettlesRole,                   // QStringList: "Fusion at L5-S1", … — what the record would settle
    };

    explicit MissingDocumentsModel(QObject* parent = nullptr);

    void setResult(const EvaluationResult& result);
    // Records not yet ticked off, in order.
    QStringList outstandingRecords() const;
    // The plain-text request for information: case, review date, criteria set, the outstanding records
    // per component and level, and what produced it.
    QString requestForInformation() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

private:
    struct Request
    {
        QString record;
        QStringList settles;
    };

    static QString where(Component component, const std::optional<Level>& level);

    QString m_caseId;
    QDate m_reviewDate;
    CriteriaSetPtr m_set;
    std::vector<MissingDocumentation::Group> m_groups;
    std::vector<Request> m_requests;
    QSet<QString> m_ticked;
};

} // namespace spinereview
