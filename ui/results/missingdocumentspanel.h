// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/engine/evaluationresult.h"

#include <QWidget>

class QLabel;
class QListView;
class QPushButton;

namespace spinereview {

class MissingDocumentsModel;

// What to ask for: the records that would settle the incomplete determinations, each with a box to tick
// it off, and a button that copies a plain-text request for information for the requesting office.
class MissingDocumentsPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MissingDocumentsPanel)

public:
    explicit MissingDocumentsPanel(QWidget* parent = nullptr);

    void setResult(const EvaluationResult& result);
    MissingDocumentsModel* model() const { return m_model; }
    // The text the copy button puts on the clipboard.
    QString requestText() const;

public slots:
    void copyRequest();

private:
    void updateState();

    MissingDocumentsModel* m_model;
    QLabel* m_heading;
    QListView* m_list;
    QLabel* m_empty;
    QPushButton* m_copy;
    QLabel* m_copied;
};

} // namespace spinereview
