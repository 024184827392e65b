// SandboxRules: the sandbox's request checks as pure functions, one table per rule. Limits are counted in
// UTF-8 bytes: "é" is 2 bytes and "€" 3, so each boundary is reached with multi-byte text.
#include "sandboxrules.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QJsonObject object(const char *json)
{
    return QJsonDocument::fromJson(QByteArray(json)).object();
}

} // namespace

class TstSandboxRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parseObjectBody_data();
    void parseObjectBody();
    void identifierError_data();
    void identifierError();
    void identifyError_data();
    void identifyError();
    void eventError_data();
    void eventError();
    void deviceError_data();
    void deviceError();
    void mergeError_data();
    void mergeError();
    void transactionalError_data();
    void transactionalError();
    void v2OperationError_data();
    void v2OperationError();
};

void TstSandboxRules::parseObjectBody_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("emptyAllowed");
    QTest::addColumn<QString>("error"); // prefix; empty: valid
    QTest::addColumn<int>("keys");

    QTest::newRow("object") << QByteArray(R"({"a":1,"b":2})") << false << QString() << 2;
    QTest::newRow("empty object") << QByteArray("{}") << false << QString() << 0;
    QTest::newRow("empty allowed") << QByteArray() << true << QString() << 0;
    QTest::newRow("blank allowed") << QByteArray(" \n") << true << QString() << 0;
    QTest::newRow("empty refused") << QByteArray() << false << u"request body must be a JSON object"_s << 0;
    QTest::newRow("array") << QByteArray("[1]") << true << u"request body must be a JSON object"_s << 0;
    QTest::newRow("invalid json") << QByteArray(R"({"a":)") << true << u"invalid JSON body: "_s << 0;
    QTest::newRow("trailing garbage") << QByteArray("{} x") << true << u"invalid JSON body: "_s << 0;
}

void TstSandboxRules::parseObjectBody()
{
    QFETCH(QByteArray, body);
    QFETCH(bool, emptyAllowed);
    QFETCH(QString, error);
    QFETCH(int, keys);

    QJsonObject parsed {{u"stale"_s, true}};
    const QString actual = SandboxRules::parseObjectBody(body, emptyAllowed, &parsed);
    if (error.isEmpty())
        QCOMPARE(actual, QString());
    else
        QVERIFY2(actual.startsWith(error), qPrintable(actual));
    QCOMPARE(parsed.size(), keys); // never left with the caller's old content
}

void TstSandboxRules::identifierError_data()
{
    QTest::addColumn<QString>("identifier");
    QTest::addColumn<QString>("error");

    QTest::newRow("id") << u"42"_s << QString();
    QTest::newRow("email with slash") << u"a/b@example.com"_s << QString();
    QTest::newRow("150 bytes") << u"é"_s.repeated(75) << QString();
    QTest::newRow("151 bytes") << u"é"_s.repeated(74) + u"€"_s << u"identifier cannot be longer than 150 bytes"_s;
    QTest::newRow("empty") << QString() << u"identifier cannot be blank"_s;
    QTest::newRow("blank") << u"  "_s << u"identifier cannot be blank"_s;
}

void TstSandboxRules::identifierError()
{
    QFETCH(QString, identifier);
    QFETCH(QString, error);
    QCOMPARE(SandboxRules::identifierError(identifier), error);
}

void TstSandboxRules::identifyError_data()
{
    QTest::addColumn<QJsonObject>("attributes");
    QTest::addColumn<QString>("error");

    QTest::newRow("none") << QJsonObject() << QString();
    QTest::newRow("name 150 bytes") << QJsonObject {{u"€"_s.repeated(50), 1}} << QString();
    QTest::newRow("name 151 bytes") << QJsonObject {{u"€"_s.repeated(50) + u'a', 1}}
                                    << u"attribute name cannot be longer than 150 bytes"_s;
    QTest::newRow("value 1000 bytes") << QJsonObject {{u"bio"_s, u"é"_s.repeated(500)}} << QString();
    QTest::newRow("value 1001 bytes") << QJsonObject {{u"bio"_s, u"é"_s.repeated(500) + u'a'}}
                                      << u"attribute value cannot be longer than 1000 bytes"_s;
    // Only strings have a length limit.
    QJsonArray longArray;
    for (int i = 0; i < 500; ++i)
        longArray.append(u"xyz"_s);
    QTest::newRow("long array value") << QJsonObject {{u"tags"_s, longArray}} << QString();

    QJsonObject attributes;
    for (int i = 0; i < 300; ++i)
        attributes.insert(u"attr_%1"_s.arg(i), i);
    QTest::newRow("300 attributes") << attributes << QString();
    // The request controls do not count as attributes.
    QJsonObject withControls = attributes;
    withControls.insert(u"_timestamp"_s, 1700000000);
    withControls.insert(u"_update"_s, true);
    withControls.insert(u"cio_relationships"_s, QJsonArray());
    QTest::newRow("300 attributes and the controls") << withControls << QString();
    attributes.insert(u"attr_300"_s, 300);
    QTest::newRow("301 attributes") << attributes << u"cannot identify more than 300 attributes in one request"_s;
}

void TstSandboxRules::identifyError()
{
    QFETCH(QJsonObject, attributes);
    QFETCH(QString, error);
    QCOMPARE(SandboxRules::identifyError(attributes), error);
}

void TstSandboxRules::eventError_data()
{
    QTest::addColumn<QJsonObject>("event");
    QTest::addColumn<QString>("error");

    QTest::newRow("name") << QJsonObject {{u"name"_s, u"purchase"_s}} << QString();
    QTest::newRow("page") << QJsonObject {{u"name"_s, u"/pricing"_s}, {u"type"_s, u"page"_s}} << QString();
    QTest::newRow("no name") << QJsonObject() << u"name cannot be blank"_s;
    QTest::newRow("blank name") << QJsonObject {{u"name"_s, u" "_s}} << u"name cannot be blank"_s;
    QTest::newRow("number name") << QJsonObject {{u"name"_s, 5}} << u"name cannot be blank"_s;
    QTest::newRow("name 100 bytes") << QJsonObject {{u"name"_s, u"é"_s.repeated(50)}} << QString();
    QTest::newRow("name 101 bytes") << QJsonObject {{u"name"_s, u"é"_s.repeated(50) + u'a'}}
                                    << u"event name cannot be longer than 100 bytes"_s;
    QTest::newRow("null data") << QJsonObject {{u"name"_s, u"x"_s}, {u"data"_s, QJsonValue::Null}} << QString();
    QTest::newRow("array data") << QJsonObject {{u"name"_s, u"x"_s}, {u"data"_s, QJsonArray {1}}}
                                << u"event data must be a JSON object"_s;
    // Compact {"k":"<text>"} is 8 bytes plus the text.
    QTest::newRow("data 100000 bytes") << QJsonObject {{u"name"_s, u"x"_s},
                                                       {u"data"_s, QJsonObject {{u"k"_s, u"é"_s.repeated(49996)}}}}
                                       << QString();
    QTest::newRow("data 100001 bytes") << QJsonObject {{u"name"_s, u"x"_s},
                                                       {u"data"_s,
                                                        QJsonObject {{u"k"_s, u"é"_s.repeated(49996) + u'a'}}}}
                                       << u"event data cannot be longer than 100000 bytes"_s;
}

void TstSandboxRules::eventError()
{
    QFETCH(QJsonObject, event);
    QFETCH(QString, error);
    QCOMPARE(SandboxRules::eventError(event), error);
}

void TstSandboxRules::deviceError_data()
{
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<QString>("error");

    QTest::newRow("id and platform") << object(R"({"device":{"id":"tok","platform":"ios"}})") << QString();
    QTest::newRow("with attributes") << object(
        R"({"device":{"id":"tok","platform":"android","last_used":1700000000,"attributes":{"a":"b"}}})")
                                     << QString();
    QTest::newRow("no device") << object("{}") << u"device must be an object"_s;
    QTest::newRow("device string") << object(R"({"device":"tok"})") << u"device must be an object"_s;
    QTest::newRow("no id") << object(R"({"device":{"platform":"ios"}})") << u"device.id cannot be blank"_s;
    QTest::newRow("number id") << object(R"({"device":{"id":5,"platform":"ios"}})") << u"device.id cannot be blank"_s;
    QTest::newRow("blank platform") << object(R"({"device":{"id":"tok","platform":" "}})")
                                    << u"device.platform cannot be blank"_s;
}

void TstSandboxRules::deviceError()
{
    QFETCH(QJsonObject, body);
    QFETCH(QString, error);
    QCOMPARE(SandboxRules::deviceError(body), error);
}

void TstSandboxRules::mergeError_data()
{
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<QString>("error");
    QTest::addColumn<QString>("primary");
    QTest::addColumn<QString>("secondary");

    QTest::newRow("ids") << object(R"({"primary":{"id":"1"},"secondary":{"id":"2"}})") << QString() << u"1"_s << u"2"_s;
    QTest::newRow("email and cio_id") << object(R"({"primary":{"email":"a@example.com"},"secondary":{"cio_id":"f0"}})")
                                      << QString() << u"a@example.com"_s << u"cio_f0"_s;
    QTest::newRow("number id") << object(R"({"primary":{"id":7},"secondary":{"id":"2"}})") << QString() << u"7"_s
                               << u"2"_s;
    QTest::newRow("null ignored") << object(R"({"primary":{"id":"1","email":null},"secondary":{"id":"2"}})")
                                  << QString() << u"1"_s << u"2"_s;
    QTest::newRow("no primary") << object(R"({"secondary":{"id":"2"}})")
                                << u"primary must have exactly one of id, email or cio_id"_s << QString() << QString();
    QTest::newRow("two identifiers") << object(
        R"({"primary":{"id":"1","email":"a@example.com"},"secondary":{"id":"2"}})")
                                     << u"primary must have exactly one of id, email or cio_id"_s << QString()
                                     << QString();
    QTest::newRow("blank secondary") << object(R"({"primary":{"id":"1"},"secondary":{"email":" "}})")
                                     << u"secondary.email cannot be blank"_s << QString() << QString();
    QTest::newRow("unknown key") << object(R"({"primary":{"id":"1"},"secondary":{"phone":"+1"}})")
                                 << u"secondary must have exactly one of id, email or cio_id"_s << QString()
                                 << QString();
}

void TstSandboxRules::mergeError()
{
    QFETCH(QJsonObject, body);
    QFETCH(QString, error);
    QFETCH(QString, primary);
    QFETCH(QString, secondary);
    QString actualPrimary;
    QString actualSecondary;
    QCOMPARE(SandboxRules::mergeError(body, &actualPrimary, &actualSecondary), error);
    if (error.isEmpty()) {
        QCOMPARE(actualPrimary, primary);
        QCOMPARE(actualSecondary, secondary);
    }
}

void TstSandboxRules::transactionalError_data()
{
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<QString>("error");

    QTest::newRow("string id") << object(R"({"transactional_message_id":"welcome","identifiers":{"id":"42"}})")
                               << QString();
    QTest::newRow("number id") << object(R"({"transactional_message_id":3,"identifiers":{"email":"a@example.com"}})")
                               << QString();
    QTest::newRow("no message id") << object(R"({"identifiers":{"id":"42"}})")
                                   << u"transactional_message_id must be present"_s;
    QTest::newRow("blank message id") << object(R"({"transactional_message_id":" ","identifiers":{"id":"42"}})")
                                      << u"transactional_message_id must be present"_s;
    QTest::newRow("no identifiers") << object(R"({"transactional_message_id":3,"to":"a@example.com"})")
                                    << u"identifiers must have exactly one of id, email or cio_id"_s;
    QTest::newRow("two identifiers") << object(
        R"({"transactional_message_id":3,"identifiers":{"id":"42","cio_id":"f0"}})")
                                     << u"identifiers must have exactly one of id, email or cio_id"_s;
}

void TstSandboxRules::transactionalError()
{
    QFETCH(QJsonObject, body);
    QFETCH(QString, error);
    QCOMPARE(SandboxRules::transactionalError(body), error);
}

void TstSandboxRules::v2OperationError_data()
{
    QTest::addColumn<QJsonValue>("operation");
    QTest::addColumn<QString>("reason"); // empty: valid
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("identifier");

    const auto op = [](const char *json) { return QJsonValue(object(json)); };
    QTest::newRow("identify by id") << op(R"({"type":"person","identifiers":{"id":"42"},"action":"identify"})")
                                    << QString() << QString() << u"42"_s;
    QTest::newRow("number id") << op(R"({"type":"person","identifiers":{"id":42},"action":"delete"})") << QString()
                               << QString() << u"42"_s;
    QTest::newRow("email") << op(R"({"type":"person","identifiers":{"email":"a@example.com"},"action":"suppress"})")
                           << QString() << QString() << u"a@example.com"_s;
    QTest::newRow("cio_id") << op(R"({"type":"person","identifiers":{"cio_id":"f0"},"action":"identify"})") << QString()
                            << QString() << u"cio_f0"_s;
    QTest::newRow("event") << op(R"({"type":"person","identifiers":{"id":"42"},"action":"event","name":"buy"})")
                           << QString() << QString() << u"42"_s;
    QTest::newRow("object") << op(R"({"type":"object","identifiers":{"object_type_id":"1","object_id":"acme"},)"
                                  R"("action":"identify"})")
                            << QString() << QString() << QString();
    QTest::newRow("not an object") << QJsonValue(5) << u"invalid"_s << QString() << QString();
    QTest::newRow("unknown type") << op(R"({"type":"robot","identifiers":{"id":"42"},"action":"identify"})")
                                  << u"invalid"_s << u"type"_s << QString();
    QTest::newRow("blank action") << op(R"({"type":"person","identifiers":{"id":"42"},"action":" "})") << u"invalid"_s
                                  << u"action"_s << QString();
    QTest::newRow("no identifiers") << op(R"({"type":"person","action":"identify"})") << u"invalid"_s
                                    << u"identifiers"_s << QString();
    QTest::newRow("event without name") << op(R"({"type":"person","identifiers":{"id":"42"},"action":"page"})")
                                        << u"invalid"_s << u"name"_s << QString();
    QTest::newRow("attributes array") << op(
        R"({"type":"person","identifiers":{"id":"42"},"action":"identify","attributes":[]})")
                                      << u"invalid"_s << u"attributes"_s << QString();
    QTest::newRow("person without id, email, phone or cio_id")
        << op(R"({"type":"person","identifiers":{"user":"+1"},"action":"identify"})") << u"invalid"_s
        << u"identifiers"_s << QString();
    QTest::newRow("person with two identifiers")
        << op(R"({"type":"person","identifiers":{"id":"1","email":"a@b.c"},"action":"identify"})") << u"invalid"_s
        << u"identifiers"_s << QString();
    QTest::newRow("identifier 151 bytes")
        << QJsonValue(QJsonObject {{u"type"_s, u"person"_s},
                                   {u"identifiers"_s, QJsonObject {{u"id"_s, u"x"_s.repeated(151)}}},
                                   {u"action"_s, u"identify"_s}})
        << u"invalid"_s << u"identifiers"_s << QString();
    QJsonObject attributes;
    for (int i = 0; i < 301; ++i)
        attributes.insert(u"a%1"_s.arg(i), i);
    QTest::newRow("identify 301 attributes")
        << QJsonValue(QJsonObject {{u"type"_s, u"person"_s},
                                   {u"identifiers"_s, QJsonObject {{u"id"_s, u"42"_s}}},
                                   {u"action"_s, u"identify"_s},
                                   {u"attributes"_s, attributes}})
        << u"invalid"_s << u"attributes"_s << QString();
    QTest::newRow("over 32000 bytes") << QJsonValue(
        QJsonObject {{u"type"_s, u"person"_s},
                     {u"identifiers"_s, QJsonObject {{u"id"_s, u"42"_s}}},
                     {u"action"_s, u"event"_s},
                     {u"name"_s, u"big"_s},
                     {u"attributes"_s, QJsonObject {{u"k"_s, u"x"_s.repeated(32000)}}}})
                                      << u"too_large"_s << QString() << QString();
}

void TstSandboxRules::v2OperationError()
{
    QFETCH(QJsonValue, operation);
    QFETCH(QString, reason);
    QFETCH(QString, field);
    QFETCH(QString, identifier);

    QString actualIdentifier = u"stale"_s;
    const SandboxRules::V2Error error = SandboxRules::v2OperationError(operation, &actualIdentifier);
    QCOMPARE(error.isEmpty(), reason.isEmpty());
    QCOMPARE(error.reason, reason);
    QCOMPARE(error.field, field);
    if (reason.isEmpty())
        QCOMPARE(actualIdentifier, identifier);
    else
        QVERIFY(!error.message.isEmpty());
}

QTEST_GUILESS_MAIN(TstSandboxRules)
#include "tst_sandboxrules.moc"
