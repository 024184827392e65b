#pragma once

#include <QByteArray>
#include <QString>

// Pieces of JSON text written as QJsonDocument::Compact writes them, for hot paths that build a known
// object member by member instead of building a QJsonObject and serialising it.
namespace JsonText {

// Appends text as a JSON string ("..." with its escapes), byte for byte what QJsonDocument writes: printable
// ASCII other than '"' and '\' as is, anything else through Qt's own writer.
void appendString(QByteArray &out, const QString &text);

} // namespace JsonText
