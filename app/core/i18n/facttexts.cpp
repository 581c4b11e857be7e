// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/i18n/facttexts.h"

#include <QCoreApplication>

namespace spinereview {

namespace {

// The context factcatalog.cpp gives its QT_TRANSLATE_NOOP marks: the .ts files file the texts under it.
constexpr char kContext[] = "FactCatalog";

} // namespace

QString FactTexts::label(FactId id)
{
    return QCoreApplication::translate(kContext, FactCatalog::definition(id).label);
}

QString FactTexts::meaning(FactId id)
{
    return QCoreApplication::translate(kContext, FactCatalog::definition(id).meaning);
}

} // namespace spinereview
