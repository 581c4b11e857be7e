// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/case/enumnames.h"

#include <QComboBox>

#include <optional>

namespace spinereview {

// A choice among an enumeration of the case format, with "Not documented" first. Items carry the JSON
// names; the labels are for people.
class EnumBox final : public QComboBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EnumBox)

public:
    // `labels` parallels `names`; an empty list shows the names themselves.
    EnumBox(const QStringList& names, const QStringList& labels, QWidget* parent = nullptr);

    template <typename E> static EnumBox* create(const QStringList& labels, QWidget* parent = nullptr)
    {
        return new EnumBox(enumAllNames<E>(), labels, parent);
    }

    std::optional<QString> value() const;
    void setValue(const std::optional<QString>& name);

    template <typename E> std::optional<E> valueAs() const
    {
        const auto name = value();
        return name ? enumFromString<E>(*name) : std::nullopt;
    }
    template <typename E> void setValueFrom(std::optional<E> value)
    {
        setValue(value ? std::optional<QString>(enumToString(*value)) : std::nullopt);
    }

signals:
    void edited();
};

} // namespace spinereview
