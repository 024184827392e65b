#pragma once

// Children of a widget found by objectName. A renamed or missing child fails the test function that
// wanted it, naming the child, instead of handing it a null pointer to crash the whole run on:
//
//     CIO_CHILD(QPushButton, send, window, u"sendButton"_s);   // declares QPushButton *send (not null)
//     send->click();
//
// CIO_CHILD uses QVERIFY2, so it belongs in a test function or in a helper that returns void (whose
// caller then checks QTest::currentTestFailed()); a helper that returns a value uses CIO_CHILD_OR_FAIL.
#include <QByteArray>
#include <QObject>
#include <QString>
#include <QTest>

namespace TestSupport {

// The child of parent (recursively) that is a T named name; null when there is none or parent is null.
template<typename T> T *namedChild(const QObject *parent, const QString &name)
{
    return parent ? parent->findChild<T *>(name) : nullptr;
}

// Why namedChild() found nothing: "no QPushButton named "sendButton" under MainWindow "window"".
template<typename T> QByteArray missingChild(const QObject *parent, const QString &name)
{
    if (!parent)
        return "no parent to look for \"" + name.toUtf8() + "\" in";
    const QObject *any = parent->findChild<QObject *>(name);
    QByteArray text = QByteArray("no ") + T::staticMetaObject.className() + " named \"" + name.toUtf8() + "\" under "
        + parent->metaObject()->className();
    if (!parent->objectName().isEmpty())
        text += " \"" + parent->objectName().toUtf8() + '"';
    if (any)
        text += QByteArray(" (there is a ") + any->metaObject()->className() + " of that name)";
    return text;
}

// For a helper that returns a value, where CIO_CHILD cannot return: parent's child named name, or null once
// the test has failed (QTest::qFail) naming it. The helper returns at once on null.
template<typename T> T *childOrFail(const QObject *parent, const QString &name, const char *file, int line)
{
    T *child = namedChild<T>(parent, name);
    if (!child)
        QTest::qFail(missingChild<T>(parent, name).constData(), file, line);
    return child;
}

} // namespace TestSupport

// Declares `Type *var`, parent's child named name, and fails the test (QVERIFY2) when there is none.
#define CIO_CHILD(Type, var, parent, name)                                                                             \
    Type *var = TestSupport::namedChild<Type>(parent, name);                                                           \
    QVERIFY2(var != nullptr, TestSupport::missingChild<Type>(parent, name).constData())

// parent's child named name, or null once the test has failed naming it (TestSupport::childOrFail()).
#define CIO_CHILD_OR_FAIL(Type, parent, name) TestSupport::childOrFail<Type>(parent, name, __FILE__, __LINE__)
