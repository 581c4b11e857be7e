// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sections/casesection.h"

#include <QListWidget>

namespace spinereview {

// The side list of case sections, each with how complete it is — a glyph and a word, not colour alone.
class SectionList final : public QListWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SectionList)

public:
    explicit SectionList(QWidget* parent = nullptr);

    void addSection(CaseSection* section);
    void refresh();

private:
    QList<CaseSection*> m_sections;
};

} // namespace spinereview
