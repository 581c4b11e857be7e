// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace spinereview {

// A report's body as an HTML document in Qt's rich-text subset, with its style sheet. Every text given is
// escaped: case files, criteria and the evidence library are data, never markup.
class HtmlWriter
{
public:
    struct Field
    {
        QString label;
        QString value;
        bool code = false; // a hash or identifier, set in a narrow fixed-width type so it stays on one line
    };
    using Fields = QList<Field>;

    void title(const QString& text);
    void heading(const QString& text);
    void subheading(const QString& text);
    // A bold line that heads what follows it ("Imaging: MRI, 2025-08-20"); kept on the page of what follows.
    void minorHeading(const QString& text);
    void paragraph(const QString& text);
    // A paragraph whose first words are bold: "Re: …".
    void labelled(const QString& label, const QString& text);
    void smallPrint(const QString& text);
    // Label and value, one row each; rows without a value are left out.
    void fields(const Fields& fields);
    // A table with a header row that repeats on every page; columns empty in every row are left out.
    void table(const QStringList& header, const QList<QStringList>& rows);
    void bulletList(const QStringList& items);
    // One criterion of a rationale, indented by its depth: its status (may be empty), its text, the engine's
    // remark and the citation marks ("[1, 3]").
    void criterion(int depth, const QString& status, const QString& text, const QString& remark,
                   const QString& citations);
    // A line to write on by hand: "Signature: ______".
    void blankLine(const QString& label);

    QString html() const;

private:
    QString m_body;
};

} // namespace spinereview
