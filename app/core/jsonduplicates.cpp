#include "jsonduplicates.h"

#include <QRegularExpression>

#include <json/reader.h>

#include <memory>
#include <string>

std::optional<DuplicateJsonKey> firstDuplicateJsonKey(const QByteArray &json)
{
    Json::CharReaderBuilder builder;
    builder["rejectDupKeys"] = true;
    builder["collectComments"] = false;
    builder["stackLimit"] = 1000;
    const std::unique_ptr<Json::CharReader> reader(builder.newCharReader());
    Json::Value root;
    std::string errors;
    if (reader->parse(json.constData(), json.constData() + json.size(), &root, &errors))
        return std::nullopt;
    // JsonCpp words each error as "* Line L, Column C\n  Duplicate key: 'KEY'\n"
    // (Json::OurReader::getFormattedErrorMessages()).
    static const QRegularExpression duplicate(
        QStringLiteral("Line (\\d+), Column (\\d+)\\n\\s*Duplicate key: '(.*)'\\n"));
    const QRegularExpressionMatch match = duplicate.match(QString::fromStdString(errors));
    if (!match.hasMatch())
        return std::nullopt;
    return DuplicateJsonKey {match.captured(3), match.captured(1).toInt(), match.captured(2).toInt()};
}
