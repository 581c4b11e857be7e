// SPDX-License-Identifier: GPL-3.0-or-later
#include "sectionlist.h"

namespace spinereview {

using namespace Qt::StringLiterals;

SectionList::SectionList(QWidget* parent)
    : QListWidget(parent)
{
    setObjectName(u"sectionList"_s);
    setAccessibleName(tr("Case sections"));
    setMinimumWidth(190);
}

void SectionList::addSection(CaseSection* section)
{
    m_sections.append(section);
    addItem(section->title());
    connect(section, &CaseSection::completenessChanged, this, &SectionList::refresh);
    refresh();
}

void SectionList::refresh()
{
    for (qsizetype i = 0; i < m_sections.size(); ++i) {
        QString glyph;
        QString state;
        switch (m_sections[i]->completeness()) {
        case CaseSection::Completeness::Complete:
            glyph = u"●"_s;
            state = tr("complete");
            break;
        case CaseSection::Completeness::Partial:
            glyph = u"◐"_s;
            state = tr("partly documented");
            break;
        case CaseSection::Completeness::Empty:
            glyph = u"○"_s;
            state = tr("not documented");
            break;
        }
        QListWidgetItem* row = item(static_cast<int>(i));
        row->setText(glyph + u"  "_s + m_sections[i]->title());
        row->setToolTip(state);
        row->setData(Qt::AccessibleTextRole, QString(m_sections[i]->title() + u", "_s + state));
    }
}

} // namespace spinereview
