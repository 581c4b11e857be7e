// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QCheckBox;
class QPushButton;
class QTableView;

namespace spinereview {

class ClinicalForm;
class ClinicalListModel;

// One optional list of the case as a table: a "documented" box (off = absent, on with no rows = documented
// none), the rows, and buttons to add and remove a row. The table is named after the list's JSON path, the
// box and buttons after it with _documented, _add and _remove; the list's issues show below the table.
class ClinicalListEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClinicalListEditor)

public:
    ClinicalListEditor(ClinicalListModel* model, const QString& documentedText, const QString& accessibleName,
                       ClinicalForm& form, QWidget* parent = nullptr);

    QCheckBox* documentedBox() const { return m_documented; }
    QTableView* view() const { return m_view; }

private:
    void updateState();

    ClinicalListModel* m_model;
    QCheckBox* m_documented;
    QTableView* m_view;
    QPushButton* m_add;
    QPushButton* m_remove;
};

} // namespace spinereview
