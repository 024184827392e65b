// The translations (resources/translations/*.ts, docs/translations.md): lupdate over the sources finds no
// new, changed or vanished text; every message of German and French is translated with its placeholders,
// mnemonics, edge spaces and plural forms; the compiled .qm files answer each message; UiLanguage picks
// them (and Qt's own) from a locale and writes dates with four-digit years; the command line stays
// English in a German session.
#include "support/cliprocess.h"
#include "support/testhome.h"
#include "uilanguage.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

#include <map>
#include <set>

using namespace Qt::StringLiterals;

namespace {

const QString SourceDir = QStringLiteral(CIO_SOURCE_DIR);
const QString Lupdate = QStringLiteral(CIO_LUPDATE);

struct Message
{
    QString context;
    QString source;
    QString comment;
    QString type; // "", "unfinished", "vanished", "obsolete"
    bool numerus = false;
    QString translation;
    QStringList forms;
};

QString tsPath(const QString &language)
{
    return SourceDir + u"/resources/translations/regionconsole_"_s + language + u".ts"_s;
}

// The messages of a .ts file, read with QXmlStreamReader; an unreadable file fails the test.
QList<Message> readTs(const QString &path)
{
    QList<Message> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        qWarning("cannot open %s", qPrintable(path));
        return messages;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Message message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == u"name") {
            context = xml.readElementText();
        } else if (name == u"message") {
            message = Message {context, {}, {}, {}, xml.attributes().value(QLatin1String("numerus")) == u"yes", {}, {}};
        } else if (name == u"source") {
            message.source = xml.readElementText();
        } else if (name == u"comment") {
            message.comment = xml.readElementText();
        } else if (name == u"translation") {
            message.type = xml.attributes().value(QLatin1String("type")).toString();
            if (!message.numerus) {
                message.translation = xml.readElementText();
                messages << message;
            }
        } else if (name == u"numerusform") {
            message.forms << xml.readElementText();
            if (message.forms.size() == 1)
                messages << message;
            else
                messages.last().forms = message.forms;
        }
    }
    if (xml.hasError())
        qWarning("%s: %s", qPrintable(path), qPrintable(xml.errorString()));
    return messages;
}

QString describe(const Message &m)
{
    return u"%1: \"%2\""_s.arg(m.context, m.source);
}

// %1…%99, %L1, %n and QProgressBar's %v / %m, sorted: a translation must keep each one.
QStringList placeholders(const QString &text)
{
    static const QRegularExpression re(u"%(L?\\d{1,2}|n|v|m)"_s);
    QStringList found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found << it.next().captured(0);
    found.sort();
    return found;
}

// The letter after a single '&' ("&&" is a literal ampersand), lower-cased; "" when there is none.
QString mnemonic(const QString &text)
{
    static const QRegularExpression re(u"(?<!&)&([^&\\s])"_s);
    const QRegularExpressionMatch match = re.match(text);
    return match.hasMatch() ? match.captured(1).toLower() : QString();
}

int mnemonicCount(const QString &text)
{
    static const QRegularExpression re(u"(?<!&)&[^&\\s]"_s);
    return int(text.count(re));
}

// The plain spaces and line breaks a text starts and ends with: they join it to the text around it.
// (French puts a no-break space before ':' — that is not an edge space.)
QString edges(const QString &text)
{
    static const QRegularExpression lead(u"^[ \\n]*"_s);
    static const QRegularExpression trail(u"[ \\n]*$"_s);
    return lead.match(text).captured(0) + u'|' + trail.match(text).captured(0);
}

} // namespace

class tst_Translations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // The same update tests/quality/untranslated.sh makes, on copies: a text added or changed in the sources
    // comes back "unfinished", one removed "vanished" or "obsolete".
    void sourcesHaveNothingUntranslatedOrUnused()
    {
        QVERIFY2(QFileInfo(Lupdate).isExecutable(),
                 qPrintable(u"lupdate not found at %1 (Debian: qt6-l10n-tools)"_s.arg(Lupdate)));
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QStringList full;
        for (const QString &language : {u"de"_s, u"fr"_s}) {
            full << dir.filePath(u"regionconsole_%1.ts"_s.arg(language));
            QVERIFY(QFile::copy(tsPath(language), full.last()));
        }
        const QString english = dir.filePath(u"regionconsole_en.ts"_s);
        QVERIFY(QFile::copy(tsPath(u"en"_s), english));

        const QStringList scan {u"-locations"_s, u"none"_s, u"ui"_s, u"app/core"_s};
        for (const QStringList &arguments : {scan + QStringList {u"-ts"_s} + full,
                                             QStringList {u"-pluralonly"_s} + scan + QStringList {u"-ts"_s, english}}) {
            QProcess lupdate;
            lupdate.setWorkingDirectory(SourceDir);
            lupdate.setProcessChannelMode(QProcess::MergedChannels);
            lupdate.start(Lupdate, arguments);
            QVERIFY2(lupdate.waitForFinished(120000), qPrintable(lupdate.errorString()));
            QVERIFY2(lupdate.exitStatus() == QProcess::NormalExit && lupdate.exitCode() == 0,
                     lupdate.readAll().constData());
        }

        QStringList problems;
        for (const QString &path : full + QStringList {english}) {
            const QList<Message> messages = readTs(path);
            QVERIFY2(!messages.isEmpty(), qPrintable(path));
            for (const Message &m : messages) {
                if (!m.type.isEmpty())
                    problems << u"%1 %2 %3"_s.arg(QFileInfo(path).fileName(), m.type, describe(m));
            }
        }
        QVERIFY2(problems.isEmpty(),
                 qPrintable(u"run tests/quality/untranslated.sh, translate, and commit the .ts files:\n"_s
                            + problems.join(u'\n')));
    }

    void complete_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("de") << u"de"_s;
        QTest::newRow("fr") << u"fr"_s;
    }
    void complete()
    {
        QFETCH(QString, language);
        const QList<Message> messages = readTs(tsPath(language));
        QVERIFY(messages.size() > 500);
        QStringList problems;
        for (const Message &m : messages) {
            const QStringList texts = m.numerus ? m.forms : QStringList {m.translation};
            if (!m.type.isEmpty())
                problems << m.type + u' ' + describe(m);
            if (m.numerus && m.forms.size() != 2) // German and French: one, other
                problems << u"%1 plural forms: "_s.arg(m.forms.size()) + describe(m);
            for (const QString &text : texts) {
                if (text.trimmed().isEmpty() && !m.source.trimmed().isEmpty())
                    problems << u"empty: "_s + describe(m);
                else if (placeholders(text) != placeholders(m.source))
                    problems << u"placeholders %1: "_s.arg(placeholders(text).join(u' ')) + describe(m);
                if (mnemonicCount(text) != mnemonicCount(m.source))
                    problems << u"mnemonic in \"%1\": "_s.arg(text) + describe(m);
                if (edges(text) != edges(m.source))
                    problems << u"leading or trailing spaces in \"%1\": "_s.arg(text) + describe(m);
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    // Alt+letter must reach one control: the menu bar's menus, and the fields of the workspace dialog.
    void mnemonicsDoNotClash_data() { complete_data(); }
    void mnemonicsDoNotClash()
    {
        QFETCH(QString, language);
        const QList<Message> messages = readTs(tsPath(language));
        const std::map<QString, std::set<QString>> groups {
            {u"menu bar"_s, {u"&Workspace"_s, u"&Log"_s, u"&Help"_s, u"&Sandbox"_s}},
            {u"workspace dialog"_s, {}}, // every mnemonic of WorkspaceDialog
        };
        for (const auto &[group, sources] : groups) {
            std::map<QString, QString> letters;
            for (const Message &m : messages) {
                const bool member = sources.empty() ? m.context == u"WorkspaceDialog" : sources.count(m.source) > 0;
                const QString letter = mnemonic(m.translation);
                if (!member || letter.isEmpty())
                    continue;
                QVERIFY2(letters.emplace(letter, m.translation).second,
                         qPrintable(u"%1: \"%2\" and \"%3\" share Alt+%4"_s.arg(group, letters[letter], m.translation,
                                                                                letter)));
            }
            QVERIFY2(!letters.empty(), qPrintable(group));
        }
    }

    // What the build compiled into the binary answers every message as the .ts says.
    void compiledTranslationsAnswerEveryMessage_data()
    {
        complete_data();
        QTest::newRow("en (plural forms only)") << u"en"_s;
    }
    void compiledTranslationsAnswerEveryMessage()
    {
        QFETCH(QString, language);
        QTranslator translator;
        const QString qm = QString::fromUtf16(UiLanguage::ResourceDirectory) + u"/regionconsole_%1.qm"_s.arg(language);
        QVERIFY2(translator.load(qm), qPrintable(qm));
        QCOMPARE(translator.language().left(2), language);
        const QList<Message> messages = readTs(tsPath(language));
        QVERIFY(!messages.isEmpty());
        for (const Message &m : messages) {
            const QByteArray context = m.context.toUtf8();
            const QByteArray source = m.source.toUtf8();
            const QByteArray comment = m.comment.toUtf8();
            const char *disambiguation = m.comment.isEmpty() ? nullptr : comment.constData();
            if (m.numerus) {
                // German and English: 1 is "one"; French: 0 and 1 are. 5 is "other" in all three.
                QCOMPARE(translator.translate(context, source, disambiguation, 1), m.forms.value(0));
                QCOMPARE(translator.translate(context, source, disambiguation, 5), m.forms.value(1));
            } else {
                QCOMPARE(translator.translate(context, source, disambiguation), m.translation);
            }
        }
    }

    void installFollowsTheLocale_data()
    {
        QTest::addColumn<QLocale>("locale");
        QTest::addColumn<QString>("application");
        QTest::addColumn<QString>("panelTitle");
        QTest::addColumn<QString>("oneMinute");
        QTest::addColumn<QString>("qtCancel");
        QTest::newRow("de_DE") << QLocale(u"de_DE"_s) << u"regionconsole_de.qm"_s << u"Daten und Datenschutz"_s
                               << u"vor 1 Minute"_s << u"Abbrechen"_s;
        QTest::newRow("de_AT falls back to de") << QLocale(u"de_AT"_s) << u"regionconsole_de.qm"_s
                                                << u"Daten und Datenschutz"_s << u"vor 1 Minute"_s << u"Abbrechen"_s;
        QTest::newRow("fr_FR") << QLocale(u"fr_FR"_s) << u"regionconsole_fr.qm"_s << u"Données et confidentialité"_s
                               << u"il y a 1 minute"_s << u"Annuler"_s;
        QTest::newRow("fr_CA falls back to fr")
            << QLocale(u"fr_CA"_s) << u"regionconsole_fr.qm"_s << u"Données et confidentialité"_s
            << u"il y a 1 minute"_s << u"Annuler"_s;
        QTest::newRow("en_US: English with plural forms")
            << QLocale(u"en_US"_s) << QString() << u"Data and Privacy"_s << u"1 minute ago"_s << u"Cancel"_s;
        QTest::newRow("C") << QLocale::c() << QString() << u"Data and Privacy"_s << u"1 minute ago"_s << u"Cancel"_s;
        QTest::newRow("ja_JP: no translation, English")
            << QLocale(u"ja_JP"_s) << QString() << u"Data and Privacy"_s << u"1 minute ago"_s << QString();
    }
    void installFollowsTheLocale()
    {
        QFETCH(QLocale, locale);
        QFETCH(QString, application);
        QFETCH(QString, panelTitle);
        QFETCH(QString, oneMinute);
        QFETCH(QString, qtCancel);
        const UiLanguage::Installed installed = UiLanguage::install(QCoreApplication::instance(), locale);
        const auto cleanup =
            qScopeGuard([] { qDeleteAll(QCoreApplication::instance()->findChildren<QTranslator *>()); });
        QVERIFY(installed.englishPlurals);
        QCOMPARE(QFileInfo(installed.application).fileName(), application);
        QCOMPARE(QCoreApplication::translate("RegionPanel", "Data and Privacy"), panelTitle);
        QCOMPARE(QCoreApplication::translate("RegionPanel", "%n minute(s) ago", nullptr, 1), oneMinute);
        if (!application.isEmpty()) {
            // Qt's own translation (Debian: qt6-translations-l10n) for standard buttons and file dialogs.
            QVERIFY2(!installed.qt.isEmpty(), "Qt's qtbase translation was not found");
        }
        if (!qtCancel.isEmpty())
            QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), qtCancel);
    }

    // The command line is not translated (docs/translations.md): in a German session the built binary still
    // answers in English, core's messages included.
    void commandLineStaysEnglish()
    {
        TestHome home;
        QVERIFY(home.isValid());
        QProcessEnvironment env = home.environment();
        env.insert(u"LANGUAGE"_s, u"de"_s);
        env.insert(u"LANG"_s, u"de_DE.UTF-8"_s);
        env.insert(u"LC_ALL"_s, u"de_DE.UTF-8"_s);
        CliProcess cli;
        QVERIFY2(QFileInfo(cli.binary()).isExecutable(), "CIO_CONSOLE_BINARY names no program (run through ctest)");
        const CliResult r = cli.run({u"workspace"_s, u"add"_s, u"w1"_s, u"--site-id"_s, u"a:b"_s}, "k\n", env);
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains("Site ID: must not contain ':'"), qPrintable(r.describe()));
        QVERIFY2(!r.err.contains("darf"), qPrintable(r.describe()));
    }

    void dateTimeHasFourDigitYears_data()
    {
        QTest::addColumn<QLocale>("locale");
        QTest::addColumn<bool>("withSeconds");
        QTest::addColumn<QString>("expected");
        QTest::newRow("de") << QLocale(u"de_DE"_s) << false << u"04.03.2026 05:06"_s;
        QTest::newRow("de, seconds") << QLocale(u"de_DE"_s) << true << u"04.03.2026 05:06:07"_s;
        QTest::newRow("fr") << QLocale(u"fr_FR"_s) << false << u"04/03/2026 05:06"_s;
        QTest::newRow("fr, seconds") << QLocale(u"fr_FR"_s) << true << u"04/03/2026 05:06:07"_s;
        QTest::newRow("en_US") << QLocale(u"en_US"_s) << false << u"3/4/2026 5:06\u202fAM"_s;
        QTest::newRow("en_GB, seconds") << QLocale(u"en_GB"_s) << true << u"04/03/2026 05:06:07"_s;
    }
    void dateTimeHasFourDigitYears()
    {
        QFETCH(QLocale, locale);
        QFETCH(bool, withSeconds);
        QFETCH(QString, expected);
        const QDateTime at(QDate(2026, 3, 4), QTime(5, 6, 7));
        QString text = UiLanguage::dateTime(at, withSeconds, locale);
        // CLDR versions differ in the space before AM/PM; the date and time are what is checked.
        text.replace(u' ', u'\u202f');
        expected.replace(u' ', u'\u202f');
        QCOMPARE(text, expected);
    }
};

QTEST_GUILESS_MAIN(tst_Translations)
#include "tst_translations.moc"
