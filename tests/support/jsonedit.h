// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QString>

// Small edits of JSON documents for data-driven tests: start from a valid document, change one member.
namespace JsonEdit {

// The value text that means "remove the member" rather than "set it to this JSON".
inline constexpr char removeMember[] = "<remove>";

// Parses a JSON fragment ("3", "\"x\"", "[1]", "{…}"); a malformed fragment aborts the test run.
QJsonValue parseFragment(const QString& text);

// Sets the member at a slash-separated pointer such as "imaging/0/date" (numbers index arrays), or
// removes it when `value` is undefined.
QJsonValue edited(const QJsonValue& node, const QString& pointer, const QJsonValue& value);

// edited() with the value given as JSON text, or removeMember.
QJsonObject withEdit(const QJsonObject& root, const QString& pointer, const QString& valueText);

} // namespace JsonEdit
