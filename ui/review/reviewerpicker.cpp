// SPDX-License-Identifier: GPL-3.0-or-later
#include "review/reviewerpicker.h"

#include "storage/database.h"
#include "worklist/reviewlabels.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QToolButton>

namespace spinereview {

using namespace Qt::StringLiterals;

namespace {
const QString kReviewerKey = u"review/reviewer"_s;
}

ReviewerPicker::ReviewerPicker(const Database& database, QSettings& settings, QWidget* parent)
    : QWidget(parent)
    , m_audit(database)
    , m_reviewers(database, m_audit)
    , m_settings(settings)
    , m_combo(new QComboBox(this))
    , m_add(new QToolButton(this))
{
    m_combo->setObjectName(u"reviewerCombo"_s);
    m_combo->setAccessibleName(tr("Working as"));
    m_add->setObjectName(u"addReviewerButton"_s);
    m_add->setText(tr("New reviewer…"));
    m_add->setAccessibleName(tr("Add a reviewer"));
    // No mnemonic: the desk's sections use most letters; the Review menu reaches the picker.
    auto* label = new QLabel(tr("Working as:"), this);
    label->setBuddy(m_combo);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(label);
    layout->addWidget(m_combo, 1);
    layout->addWidget(m_add);
    connect(m_combo, &QComboBox::activated, this, &ReviewerPicker::choose);
    connect(m_add, &QToolButton::clicked, this, &ReviewerPicker::addReviewer);
    reload();
}

QString ReviewerPicker::nameOf(qint64 reviewerRef) const
{
    for (const Reviewer& known : m_known) {
        if (known.ref == reviewerRef)
            return known.name;
    }
    return {};
}

void ReviewerPicker::reload()
{
    StorageResult<QList<Reviewer>> listed = m_reviewers.list();
    if (!listed.ok()) {
        emit failed(listed.error().message);
        return;
    }
    m_known = listed.take();
    const QString wanted = m_reviewer ? m_reviewer->name : m_settings.value(kReviewerKey).toString();
    const QSignalBlocker blocker(m_combo);
    m_combo->clear();
    m_combo->addItem(tr("Choose who you are…"));
    int current = 0;
    for (qsizetype i = 0; i < m_known.size(); ++i) {
        m_combo->addItem(u"%1 — %2"_s.arg(m_known[i].name, ReviewLabels::role(m_known[i].role)));
        if (m_known[i].name == wanted)
            current = static_cast<int>(i) + 1;
    }
    m_combo->setCurrentIndex(current);
    const std::optional<Reviewer> chosen = current > 0 ? std::optional(m_known[current - 1]) : std::nullopt;
    if (chosen.has_value() != m_reviewer.has_value() || (chosen && chosen->ref != m_reviewer->ref)) {
        m_reviewer = chosen;
        emit reviewerChanged(m_reviewer);
    }
}

void ReviewerPicker::choose(int index)
{
    m_reviewer = index > 0 ? std::optional(m_known.value(index - 1)) : std::nullopt;
    if (m_reviewer)
        m_settings.setValue(kReviewerKey, m_reviewer->name);
    else
        m_settings.remove(kReviewerKey);
    emit reviewerChanged(m_reviewer);
}

void ReviewerPicker::addReviewer()
{
    QDialog dialog(this);
    dialog.setObjectName(u"newReviewerDialog"_s);
    dialog.setWindowTitle(tr("New reviewer"));
    auto* name = new QLineEdit(&dialog);
    name->setObjectName(u"reviewerName"_s);
    auto* role = new QComboBox(&dialog);
    role->setObjectName(u"reviewerRole"_s);
    for (ReviewerRole value :
         {ReviewerRole::NurseReviewer, ReviewerRole::PhysicianAdvisor, ReviewerRole::SurgeonsOffice})
        role->addItem(ReviewLabels::role(value), static_cast<int>(value));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    auto* form = new QFormLayout(&dialog);
    form->addRow(tr("&Name:"), name);
    form->addRow(tr("&Role:"), role);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() == QDialog::Accepted && !name->text().trimmed().isEmpty())
        add(name->text().trimmed(), static_cast<ReviewerRole>(role->currentData().toInt()));
}

StorageStatus ReviewerPicker::add(const QString& name, ReviewerRole role)
{
    // Who adds a reviewer is the person at the workstation; the log records it under the name they give.
    const Actor actor = m_reviewer ? Actor::of(*m_reviewer) : Actor::program(name);
    StorageResult<Reviewer> added = m_reviewers.add(name, role, actor);
    if (!added.ok()) {
        emit failed(added.error().message);
        return added.error();
    }
    m_settings.setValue(kReviewerKey, added.value().name);
    m_reviewer.reset();
    reload();
    return std::nullopt;
}

} // namespace spinereview
