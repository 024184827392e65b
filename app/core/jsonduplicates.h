#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

// A key that appears twice in one JSON object. RFC 8259 §4 leaves the meaning of such a text open, and
// Qt's QJsonDocument keeps the last value without a word, so a call composed with one would silently
// lose the other value.
struct DuplicateJsonKey
{
    QString key;
    int line = 0; // 1-based
    int column = 0; // 1-based, in bytes of the line
};

// The first duplicate key of `json`, found by JsonCpp's strict reader (CharReaderBuilder's
// "rejectDupKeys"); nullopt when there is none. Meant for text QJsonDocument has already accepted.
std::optional<DuplicateJsonKey> firstDuplicateJsonKey(const QByteArray &json);
