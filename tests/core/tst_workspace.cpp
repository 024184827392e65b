// The checks on a workspace's fields before anything is stored or sent: here, the API keys.
#include "workspace.h"

#include <QTest>

using namespace Qt::StringLiterals;

class tst_Workspace : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Keys under MinApiKeyLength characters are not Customer.io keys: refused, so that the mask of echoed
    // secrets never has to match a short, word-like key.
    void validateApiKey_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("problem"); // empty: valid
        QTest::newRow("empty") << QString() << u"Track API key: must not be empty"_s;
        QTest::newRow("one character") << u"k"_s << u"Track API key: at least 8 characters (got 1)"_s;
        QTest::newRow("a word") << u"key"_s << u"Track API key: at least 8 characters (got 3)"_s;
        QTest::newRow("seven characters") << u"abcdefg"_s << u"Track API key: at least 8 characters (got 7)"_s;
        QTest::newRow("eight characters") << u"abcdefgh"_s << QString();
        QTest::newRow("a Track API key") << u"9f8c1e2d3b4a5c6d7e8f"_s << QString();
        QTest::newRow("space") << u"a key with spaces"_s << u"Track API key: must not contain spaces"_s;
        QTest::newRow("short with a space") << u"a key"_s << u"Track API key: must not contain spaces"_s;
        QTest::newRow("control") << u"abcdefgh\u001b[31m"_s << u"Track API key: must not contain spaces"_s;
        QTest::newRow("tab inside") << u"abcd\tefgh"_s << u"Track API key: must not contain spaces"_s;
        QTest::newRow("no-break space inside") << u"abcd\u00a0efgh"_s << u"Track API key: must not contain spaces"_s;
        QTest::newRow("not UTF-8 (read as U+FFFD)") << QString::fromUtf8("abcd\xff\xfe"
                                                                         "efgh")
                                                    << u"Track API key: is not valid UTF-8 text"_s;
        QTest::newRow("zero-width space")
            << u"abcd\u200befgh"_s << u"Track API key: must not contain invisible characters (U+200B)"_s;
        QTest::newRow("byte order mark first")
            << u"\ufeffabcdefgh"_s << u"Track API key: must not contain invisible characters (U+FEFF)"_s;
        QTest::newRow("1000 characters") << QString(1000, u'k') << QString();
        QTest::newRow("1001 characters") << QString(1001, u'k') << u"Track API key: at most 1000 characters"_s;
    }
    void validateApiKey()
    {
        QFETCH(QString, key);
        QFETCH(QString, problem);
        const QString got = ::validateApiKey(u"Track API key"_s, key);
        if (problem.isEmpty())
            QVERIFY2(got.isEmpty(), qPrintable(got));
        else
            QVERIFY2(got.startsWith(problem), qPrintable(got));
    }

    // A Pipelines key is HTTP Basic's user name: a colon would end it early.
    void validatePipelinesApiKey()
    {
        QVERIFY(::validatePipelinesApiKey(u"CIO_PIPELINES_API_KEY"_s, u"abcdef0123456789"_s).isEmpty());
        const QString colon = ::validatePipelinesApiKey(u"CIO_PIPELINES_API_KEY"_s, u"KeyColon:01xyz"_s);
        QVERIFY2(colon.startsWith(u"CIO_PIPELINES_API_KEY: must not contain \":\""_s), qPrintable(colon));
        QVERIFY(::validatePipelinesApiKey(u"key"_s, u"short"_s).contains(u"at least"_s));
        // A Track key may hold one: it is Basic's password.
        QVERIFY(::validateApiKey(u"Track API key"_s, u"KeyColon:01xyz"_s).isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_Workspace)
#include "tst_workspace.moc"
