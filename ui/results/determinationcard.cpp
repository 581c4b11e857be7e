// SPDX-License-Identifier: GPL-3.0-or-later
#include "results/determinationcard.h"

#include "core/i18n/resulttexts.h"
#include "editors/caselabels.h"
#include "results/statuspresentation.h"
#include "theme/palettecolours.h"

#include <QBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QStyle>
#include <QStyleOptionFocusRect>

namespace spinereview {

using namespace Qt::StringLiterals;

namespace {

constexpr int statusIconSize = 22;
constexpr int barWidth = 5;

QLabel* makeLabel(QWidget* parent)
{
    auto* label = new QLabel(parent);
    // The card is the button: clicks on its text must reach it.
    label->setAttribute(Qt::WA_TransparentForMouseEvents);
    return label;
}

} // namespace

DeterminationCard::DeterminationCard(Component component, QWidget* parent)
    : QAbstractButton(parent)
    , m_component(component)
    , m_icon(makeLabel(this))
    , m_word(makeLabel(this))
    , m_name(makeLabel(this))
    , m_levels(makeLabel(this))
    , m_summary(makeLabel(this))
{
    setObjectName(u"card_"_s + enumToString(component));
    setCheckable(true);
    setFocusPolicy(Qt::StrongFocus);
    setAttribute(Qt::WA_Hover);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Minimum);

    m_icon->setFixedSize(statusIconSize, statusIconSize);
    QFont bold = font();
    bold.setBold(true);
    m_word->setFont(bold);
    m_name->setFont(bold);
    m_name->setText(CaseLabels::component(component));
    m_levels->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_word->setTextFormat(Qt::PlainText);
    m_levels->setTextFormat(Qt::PlainText);

    auto* top = new QHBoxLayout;
    top->setSpacing(8);
    top->addWidget(m_icon);
    top->addWidget(m_word);
    top->addWidget(m_name, 1);
    top->addWidget(m_levels);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(barWidth + 8, 6, 8, 6);
    layout->setSpacing(2);
    layout->addLayout(top);
    layout->addWidget(m_summary);
}

void DeterminationCard::setOutcome(const ComponentOutcome& outcome, const CriteriaSet* set)
{
    m_status = outcome.status;
    const QString word = StatusPresentation::word(outcome.status);
    m_icon->setPixmap(StatusPresentation::icon(outcome.status).pixmap(statusIconSize, statusIconSize));
    m_word->setText(word);
    // The word keeps a fixed width so component names line up down the column.
    m_word->setMinimumWidth(fontMetrics().horizontalAdvance(StatusPresentation::word(Status::Incomplete)) + 12);

    QStringList levels;
    for (const auto& [level, status] : outcome.levels) {
        // One level carries the card's own status; several each say theirs.
        levels.append(outcome.levels.size() == 1 ? enumToString(level)
                                                 : enumToString(level) + u' ' + StatusPresentation::mark(status));
    }
    m_levels->setText(levels.join(u" · "_s));
    const QString summary = ResultTexts::summary(outcome, set);
    m_summary->setText(summary);

    const QString name = CaseLabels::component(m_component);
    setText(name);
    setAccessibleName(tr("%1: %2 — %3").arg(name, word, summary));
    setAccessibleDescription((levels.isEmpty() ? QString() : tr("Levels: %1. ").arg(levels.join(u", "_s))) +
                             StatusPresentation::accessibleDescription(outcome.status));
    setToolTip(tr("%1 — %2").arg(StatusPresentation::mark(outcome.status), summary));
    update();
}

void DeterminationCard::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    const QRect frame = rect().adjusted(0, 0, -1, -1);
    const QPalette& pal = palette();
    QColor background = pal.color(QPalette::Base);
    if (isChecked())
        background = PaletteColours::accentBackground(pal, pal.color(QPalette::Highlight));
    else if (underMouse())
        background = pal.color(QPalette::AlternateBase);
    painter.fillRect(frame, background);
    // The colour bar repeats what icon and word already say; it is never the only sign.
    painter.fillRect(QRect(frame.left(), frame.top(), barWidth, frame.height() + 1),
                     StatusPresentation::colour(m_status));
    painter.setPen(QPen(isChecked() ? pal.color(QPalette::Highlight) : pal.color(QPalette::Mid), isChecked() ? 2 : 1));
    painter.drawRect(isChecked() ? frame.adjusted(1, 1, 0, 0) : frame);
    if (hasFocus()) {
        QStyleOptionFocusRect option;
        option.initFrom(this);
        option.rect = frame.adjusted(barWidth + 2, 2, -2, -2);
        option.backgroundColor = background;
        style()->drawPrimitive(QStyle::PE_FrameFocusRect, &option, &painter, this);
    }
}

} // namespace spinereview
