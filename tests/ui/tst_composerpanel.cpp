// ComposerPanel on its own: its form follows the call shapes, and each problem shows on the input of its
// field, found by the problem's field id, whatever language the problem is worded in.
#include "composerpanel.h"
#include "pipelinesform.h"
#include "support/namedchild.h"
#include "ulid.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace {
// Every text in another language: "XX " before the English.
class PrefixTranslator : public QTranslator
{
public:
    QString translate(const char *context, const char *sourceText, const char *disambiguation = nullptr,
                      int n = -1) const override
    {
        Q_UNUSED(context);
        Q_UNUSED(disambiguation);
        Q_UNUSED(n);
        return u"XX "_s + QString::fromUtf8(sourceText);
    }
    bool isEmpty() const override { return false; }
};

CallProblem problem(CallKind call, const QString &field, CallProblem::Kind kind, qint64 limit = 0, qint64 got = 0)
{
    CallProblem p;
    p.call = call;
    p.field = field;
    p.kind = kind;
    p.limit = limit;
    p.got = got;
    return p;
}
} // namespace

class tst_ComposerPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_panel = std::make_unique<ComposerPanel>();
        m_panel->resize(600, 700);
        m_panel->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
    }
    void cleanup()
    {
        m_panel.reset();
        if (m_translator) {
            QCoreApplication::removeTranslator(m_translator.get());
            m_translator.reset();
        }
    }

    void formFollowsTheCallShape();
    void translatedProblemsShowOnTheirField();
    void untouchedEmptyFieldsWaitUnderATranslation();
    void eventIdAndMergeTypes();
    void sendViaIsAOneOffOverride();
    void longPasteIsCountedWhole();
    void pipelinesFormFollowsItsCallShapes();
    void pipelinesCallIsCheckedAndStrictByDefault();

private:
    bool choose(CallKind kind) const
    {
        QComboBox *calls = CIO_CHILD_OR_FAIL(QComboBox, m_panel.get(), u"callTypeCombo"_s);
        if (!calls)
            return false;
        calls->setCurrentIndex(calls->findData(int(kind)));
        return calls->currentData().toInt() == int(kind);
    }
    void installTranslator()
    {
        m_translator = std::make_unique<PrefixTranslator>();
        QVERIFY(QCoreApplication::installTranslator(m_translator.get()));
    }

    std::unique_ptr<ComposerPanel> m_panel;
    std::unique_ptr<QTranslator> m_translator;
};

void tst_ComposerPanel::formFollowsTheCallShape()
{
    // The input of each field id, by objectName.
    const QList<std::pair<QString, QStringList>> inputs = {
        {u"identifierEdit"_s, {CallFields::Identifier, CallFields::AnonymousId}},
        {u"secondaryEdit"_s, {CallFields::Secondary}},
        {u"deviceIdEdit"_s, {CallFields::DeviceId}},
        {u"platformCombo"_s, {CallFields::Platform}},
        {u"eventNameEdit"_s, {CallFields::Name}},
        {u"timestampSecondsEdit"_s, {CallFields::Timestamp}},
        {u"jsonEdit"_s, {CallFields::Attributes, CallFields::Data, CallFields::Body, CallFields::FormData}},
        {u"targetIdEdit"_s, {CallFields::FormId, CallFields::SegmentId}},
        {u"idsEdit"_s, {CallFields::Ids}},
        {u"eventIdEdit"_s, {CallFields::EventId}},
        {u"identifierTypeCombo"_s, {CallFields::IdentifierType}},
        {u"secondaryTypeCombo"_s, {CallFields::SecondaryType}},
    };
    CIO_CHILD(QComboBox, calls, m_panel.get(), u"callTypeCombo"_s);
    QCOMPARE(calls->count(), composableCalls().size());
    for (const CallShape *shape : composableCalls()) {
        QVERIFY(choose(shape->kind));
        QCOMPARE(calls->currentText(), shape->title());
        for (const auto &[name, ids] : inputs) {
            CIO_CHILD(QWidget, input, m_panel.get(), name);
            const CallField *field = nullptr;
            for (const QString &id : ids)
                field = field ? field : shape->field(id);
            const QString where = callName(shape->kind) + u": "_s + name;
            QVERIFY2(input->isVisible() == (field != nullptr), qPrintable(where));
            QVERIFY2(input->property("required").toBool() == (field && field->required), qPrintable(where));
            QVERIFY2(!input->accessibleName().isEmpty(), qPrintable(where));
        }
    }
    // Labelled by the shape, required fields marked.
    QVERIFY(choose(CallKind::Merge));
    CIO_CHILD(QLineEdit, primary, m_panel.get(), u"identifierEdit"_s);
    QCOMPARE(primary->accessibleName(), u"Primary person"_s);
    QCOMPARE(primary->placeholderText(), callShape(CallKind::Merge).field(CallFields::Identifier)->hint());
}

// Issue 21: Generate fills the event ID with a new ULID that goes out as the event's "id"; merge sends each
// side with the identifier type chosen; an anonymous event needs only its name.
void tst_ComposerPanel::eventIdAndMergeTypes()
{
    QVERIFY(choose(CallKind::Event));
    CIO_CHILD(QLineEdit, identifier, m_panel.get(), u"identifierEdit"_s);
    CIO_CHILD(QLineEdit, name, m_panel.get(), u"eventNameEdit"_s);
    CIO_CHILD(QLineEdit, eventId, m_panel.get(), u"eventIdEdit"_s);
    CIO_CHILD(QPushButton, generate, m_panel.get(), u"generateEventIdButton"_s);
    QVERIFY(generate->isVisible());
    QVERIFY(!generate->accessibleName().isEmpty());
    identifier->setText(u"42"_s);
    name->setText(u"purchase"_s);
    generate->click();
    QVERIFY(Ulid::isValid(eventId->text()));
    QList<CallProblem> problems;
    TrackCall call = m_panel->composedCall(&problems);
    QVERIFY(problems.isEmpty());
    QCOMPARE(QJsonDocument::fromJson(call.body()).object().value(u"id").toString(), eventId->text());
    const QString first = eventId->text();
    generate->click();
    QVERIFY(eventId->text() != first);
    eventId->setText(u"nope"_s);
    m_panel->composedCall(&problems);
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.first().kind, CallProblem::Kind::NotUlid);
    QVERIFY(eventId->property("hasProblem").toBool());

    QVERIFY(choose(CallKind::AnonymousEvent));
    identifier->clear();
    eventId->clear();
    m_panel->composedCall(&problems);
    QVERIFY(problems.isEmpty());

    QVERIFY(choose(CallKind::Merge));
    CIO_CHILD(QLineEdit, secondary, m_panel.get(), u"secondaryEdit"_s);
    CIO_CHILD(QComboBox, primaryType, m_panel.get(), u"identifierTypeCombo"_s);
    CIO_CHILD(QComboBox, secondaryType, m_panel.get(), u"secondaryTypeCombo"_s);
    identifier->setText(u"a@example.com"_s);
    secondary->setText(u"cio_7"_s);
    call = m_panel->composedCall(&problems);
    QCOMPARE(call.body(), QByteArrayLiteral(R"({"primary":{"email":"a@example.com"},"secondary":{"cio_id":"7"}})"));
    primaryType->setCurrentIndex(primaryType->findData(u"id"_s));
    secondaryType->setCurrentIndex(secondaryType->findData(u"id"_s));
    call = m_panel->composedCall(&problems);
    QVERIFY(problems.isEmpty());
    QCOMPARE(call.body(), QByteArrayLiteral(R"({"primary":{"id":"a@example.com"},"secondary":{"id":"cio_7"}})"));
}

void tst_ComposerPanel::translatedProblemsShowOnTheirField()
{
    installTranslator();
    init(); // the panel again, built in the other language
    CIO_CHILD(QLineEdit, identifier, m_panel.get(), u"identifierEdit"_s);
    CIO_CHILD(QLineEdit, name, m_panel.get(), u"eventNameEdit"_s);
    CIO_CHILD(QLineEdit, secondary, m_panel.get(), u"secondaryEdit"_s);
    CIO_CHILD(QLineEdit, seconds, m_panel.get(), u"timestampSecondsEdit"_s);
    CIO_CHILD(QPlainTextEdit, json, m_panel.get(), u"jsonEdit"_s);
    CIO_CHILD(QWidget, list, m_panel.get(), u"composerProblems"_s);

    // Three problems on three fields of an event.
    m_panel->setCall(CallKind::Event, QString(151, u'i'), QString(101, u'n'), u"{\"a\": "_s, ComposedCall::Via::Us);
    const QString identifierProblem =
        describeProblem(problem(CallKind::Event, CallFields::Identifier, CallProblem::Kind::TooLong, 150, 151));
    const QString nameProblem =
        describeProblem(problem(CallKind::Event, CallFields::Name, CallProblem::Kind::TooLong, 100, 101));
    QVERIFY2(identifierProblem.startsWith(u"XX "_s), qPrintable(identifierProblem));
    QVERIFY(identifierProblem.contains(u"150"_s) && identifierProblem.contains(u"151"_s));
    QVERIFY(identifier->property("hasProblem").toBool());
    QCOMPARE(identifier->toolTip(), identifierProblem);
    QCOMPARE(identifier->accessibleDescription(), identifierProblem);
    QVERIFY(name->property("hasProblem").toBool());
    QCOMPARE(name->toolTip(), nameProblem);
    QVERIFY(json->property("hasProblem").toBool());
    QVERIFY2(json->toolTip().startsWith(u"XX "_s) && json->toolTip().contains(u'1'), qPrintable(json->toolTip()));
    QVERIFY(!seconds->property("hasProblem").toBool());
    QVERIFY(seconds->toolTip().isEmpty());
    QVERIFY(list->isVisible());
    QCOMPARE(list->toolTip(), QStringList({json->toolTip(), identifierProblem, nameProblem}).join(u'\n'));

    // Fixed, the field is no longer marked; the others still are.
    identifier->setText(u"ada"_s);
    QVERIFY(!identifier->property("hasProblem").toBool());
    QVERIFY(identifier->toolTip().isEmpty());
    QVERIFY(name->property("hasProblem").toBool());
    name->setText(u"purchased"_s);
    json->setPlainText(u"{}"_s);
    QVERIFY(!list->isVisible());

    // A timestamp in milliseconds is refused on the seconds.
    ComposedCall call = m_panel->composition();
    call.timestamp = 1764403200000;
    m_panel->setComposition(call);
    QVERIFY(seconds->property("hasProblem").toBool());
    QVERIFY2(seconds->toolTip().startsWith(u"XX "_s) && seconds->toolTip().contains(u"1764403200000"_s),
             qPrintable(seconds->toolTip()));
    QVERIFY(!identifier->property("hasProblem").toBool());

    // An anonymous event's ID is typed where the identifier is.
    m_panel->setCall(CallKind::AnonymousEvent, u"a\tb"_s, u"visit"_s, {}, ComposedCall::Via::Us);
    QVERIFY(identifier->property("hasProblem").toBool());
    QCOMPARE(identifier->toolTip(),
             describeProblem(
                 problem(CallKind::AnonymousEvent, CallFields::AnonymousId, CallProblem::Kind::ControlCharacter)));

    // A Track v2 item's problem is the body's.
    m_panel->setCall(CallKind::Batch, {}, {},
                     uR"({"batch":[{"type":"person","identifiers":{"id":""},"action":"a"}]})"_s, ComposedCall::Via::Us);
    QVERIFY(json->property("hasProblem").toBool());
    CallProblem item = problem(CallKind::Batch, CallFields::Body, CallProblem::Kind::Required);
    item.item = 0;
    item.key = u"identifiers.id"_s;
    QCOMPARE(json->toolTip(), describeProblem(item));
    QVERIFY(!identifier->isVisible());
    QVERIFY(!identifier->property("hasProblem").toBool());
}

void tst_ComposerPanel::untouchedEmptyFieldsWaitUnderATranslation()
{
    installTranslator();
    init();
    CIO_CHILD(QLineEdit, primary, m_panel.get(), u"identifierEdit"_s);
    CIO_CHILD(QLineEdit, secondary, m_panel.get(), u"secondaryEdit"_s);
    CIO_CHILD(QWidget, list, m_panel.get(), u"composerProblems"_s);

    // The secondary person is not typed yet: its emptiness is not reported, in any language.
    m_panel->setCall(CallKind::Merge, u"ada"_s, {}, {}, ComposedCall::Via::Us);
    QVERIFY(!list->isVisible());
    QVERIFY(!secondary->property("hasProblem").toBool());
    QStringList problems;
    m_panel->composedCall(&problems);
    QCOMPARE(problems.size(), 1); // Send stays disabled all the same

    // Typed and emptied: now it is.
    QTest::keyClicks(secondary, u"b"_s);
    QTest::keyClick(secondary, Qt::Key_Backspace);
    QVERIFY(secondary->property("hasProblem").toBool());
    QCOMPARE(secondary->toolTip(),
             describeProblem(problem(CallKind::Merge, CallFields::Secondary, CallProblem::Kind::Required)));
    QVERIFY(!primary->property("hasProblem").toBool());
    QVERIFY(list->isVisible());
}

// "Send via" overrides the workspace's route for the calls at hand only: another workspace, or the last
// composition restored at start, follows the workspace's own route again.
void tst_ComposerPanel::sendViaIsAOneOffOverride()
{
    Workspace a;
    a.name = u"A"_s;
    a.siteId = u"site-a"_s;
    a.region = Region::Eu;
    Workspace b = a;
    b.name = u"B"_s;
    m_panel->setWorkspace(&a);
    m_panel->setCall(CallKind::Identify, u"ada"_s, {}, u"{}"_s, ComposerPanel::Via::Us);
    QCOMPARE(m_panel->via(), ComposerPanel::Via::Us);
    m_panel->setWorkspace(&a); // the same workspace, updated: the override stays
    QCOMPARE(m_panel->via(), ComposerPanel::Via::Us);
    m_panel->setWorkspace(&b);
    QCOMPARE(m_panel->via(), ComposerPanel::Via::Detected);
    // "Workspace route" is the panel's Route of the workspace: a forced route wins over the detected region.
    QCOMPARE(m_panel->target(), std::optional<Region>(Region::Eu));
    b.route = Route::Us;
    m_panel->setWorkspace(&b);
    QCOMPARE(m_panel->target(), std::optional<Region>(Region::Us));
    b.route = Route::Auto;

    QTemporaryDir dir;
    QSettings settings(dir.filePath(u"settings.ini"_s), QSettings::IniFormat);
    m_panel->setSettings(&settings);
    m_panel->setCall(CallKind::Identify, u"ada"_s, {}, u"{}"_s, ComposerPanel::Via::Eu);
    m_panel->saveLastComposition();
    ComposerPanel restarted;
    restarted.setSettings(&settings);
    QCOMPARE(restarted.composition().identifier, u"ada"_s);
    QCOMPARE(restarted.via(), ComposerPanel::Via::Detected);
    m_panel->setSettings(nullptr);
}

// A 100,000-character paste is reported as such, not as QLineEdit's 32767.
void tst_ComposerPanel::longPasteIsCountedWhole()
{
    QVERIFY(choose(CallKind::Event));
    CIO_CHILD(QLineEdit, identifier, m_panel.get(), u"identifierEdit"_s);
    identifier->setText(QString(100000, u'a'));
    QCOMPARE(identifier->text().size(), 100000);
    QStringList problems;
    m_panel->composedCall(&problems);
    QVERIFY2(problems.join(u'\n').contains(u"(got 100000)"_s), qPrintable(problems.join(u'\n')));
}

// Issue 18: API: Pipelines API replaces the Track form by the Pipelines one; each call and semantic event shows
// exactly the fields of its shape, required ones marked; no route and no burst.
void tst_ComposerPanel::pipelinesFormFollowsItsCallShapes()
{
    CIO_CHILD(QComboBox, api, m_panel.get(), u"apiCombo"_s);
    CIO_CHILD(QComboBox, trackCalls, m_panel.get(), u"callTypeCombo"_s);
    CIO_CHILD(QWidget, count, m_panel.get(), u"burstCountSpin"_s);
    QVERIFY(trackCalls->isVisible());
    api->setCurrentIndex(api->findData(u"pipelines"_s));
    QVERIFY(m_panel->isPipelines());
    QVERIFY(!trackCalls->isVisible());
    QVERIFY(!count->isVisible());
    QCOMPARE(m_panel->burstCount(), 1);
    CIO_CHILD(QComboBox, calls, m_panel.get(), u"pipelinesCallCombo"_s);
    QVERIFY(calls->isVisible());
    const QList<const CallShape *> shapes = composableCalls(u"pipelines"_s);
    QCOMPARE(calls->count(), shapes.size());
    QVERIFY(shapes.size() >= 16); // seven calls and nine semantic events
    for (const CallShape *shape : shapes) {
        calls->setCurrentIndex(calls->findData(int(shape->kind)));
        QCOMPARE(m_panel->pipelinesForm()->kind(), shape->kind);
        const QList<QWidget *> inputs = m_panel->pipelinesForm()->inputs();
        QCOMPARE(inputs.size(), shape->fields.size());
        for (const CallField &field : shape->fields) {
            const QString where = callName(shape->kind) + u": "_s + field.id;
            QWidget *input = m_panel->pipelinesForm()->inputFor(field.id);
            QVERIFY2(input && input->isVisible(), qPrintable(where));
            QCOMPARE(input->objectName(), u"pipelinesField_"_s + field.id);
            QVERIFY2(input->property("required").toBool() == field.required, qPrintable(where));
            QVERIFY2(!input->accessibleName().isEmpty(), qPrintable(where));
        }
    }
    // Back to the Track API: its form as it was.
    api->setCurrentIndex(api->findData(u"track"_s));
    QVERIFY(trackCalls->isVisible());
    QVERIFY(count->isVisible());
    QVERIFY(!calls->isVisible());
}

// A Pipelines call is checked as composed, typed values stay when another call takes the same field, Send
// waits for a source, and strict mode is on until switched off.
void tst_ComposerPanel::pipelinesCallIsCheckedAndStrictByDefault()
{
    Workspace w;
    w.name = u"Demo EU"_s;
    w.siteId = u"demo-eu-site"_s;
    w.region = Region::Eu;
    m_panel->setWorkspace(&w);
    m_panel->setApi(u"pipelines"_s);
    PipelinesForm *form = m_panel->pipelinesForm();
    CIO_CHILD(QPushButton, send, m_panel.get(), u"sendButton"_s);
    CIO_CHILD(QCheckBox, strict, m_panel.get(), u"pipelinesStrictCheck"_s);
    QVERIFY(strict->isChecked());
    QVERIFY(m_panel->pipelinesStrictMode());

    form->setKind(CallKind::PipelinesTrack);
    QStringList problems;
    TrackCall call = m_panel->composedCall(&problems);
    QVERIFY(call.isPipelines());
    QVERIFY(!problems.isEmpty()); // no user and no event yet
    form->setFieldText(CallFields::UserId, u"42"_s);
    form->setFieldText(CallFields::Event, u"Course Started"_s);
    form->setFieldText(CallFields::Properties, u"{\"plan\": \"pro\"}"_s);
    call = m_panel->composedCall(&problems);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    QCOMPARE(call.kind, CallKind::PipelinesTrack);
    QCOMPARE(call.text(CallFields::UserId), u"42"_s);
    // No source yet: nothing to send with.
    QVERIFY(!send->isEnabled());
    m_panel->setPipelinesSources({u"Website"_s, u"App"_s});
    QCOMPARE(m_panel->pipelinesSource(), u"Website"_s);
    QVERIFY(send->isEnabled());

    // A bad timestamp is refused on its field.
    form->setFieldText(CallFields::Timestamp, u"yesterday"_s);
    call = m_panel->composedCall(&problems);
    QVERIFY(!problems.isEmpty());
    QVERIFY(!send->isEnabled());
    QWidget *timestamp = form->inputFor(CallFields::Timestamp);
    QVERIFY(timestamp->property("hasProblem").toBool());
    form->setFieldText(CallFields::Timestamp, u"2025-11-29T08:00:00Z"_s);
    QVERIFY(send->isEnabled());

    // The user ID typed for track is there for identify.
    form->setKind(CallKind::PipelinesIdentify);
    auto *userId = qobject_cast<QLineEdit *>(form->inputFor(CallFields::UserId));
    QVERIFY(userId);
    QCOMPARE(userId->text(), u"42"_s);
    QVERIFY(!form->inputFor(CallFields::Event));

    strict->setChecked(false);
    QVERIFY(!m_panel->pipelinesStrictMode());
    m_panel->setWorkspace(nullptr);
}

QTEST_MAIN(tst_ComposerPanel)
#include "tst_composerpanel.moc"
