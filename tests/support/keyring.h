#pragma once

// The Secret Service keyring for tests: the session must have one (tests/run-headless.sh starts a fresh,
// unlocked gnome-keyring over a private D-Bus session), entries are checked from outside the app with
// secret-tool (libsecret-tools), and a CredentialStore's answers are waited for on the event loop.
#include "credentialstore.h"

#include <QProcess>
#include <QProcessEnvironment>
#include <QStandardPaths>
#include <QString>
#include <QTest>

#include <functional>
#include <optional>

namespace Keyring {

// Why this process cannot reach a keyring the tests can check ("" when it can): no D-Bus session, or
// no secret-tool. The tests fail, never skip, then.
inline QString missing()
{
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        return QStringLiteral(
            "no D-Bus session: run the suite through tests/run-headless.sh (gnome-keyring over D-Bus)");
    if (QStandardPaths::findExecutable(QStringLiteral("secret-tool")).isEmpty())
        return QStringLiteral("secret-tool (libsecret-tools) is needed to check the keychain from outside the app");
    return {};
}

// The secret stored under service for entry ("Workspace/track-api-key"), read with secret-tool in env
// (this process's by default); "" when there is none. The event loop turns meanwhile, so a keyring
// connection this process serves answers.
inline QString lookup(const QString &service, const QString &entry,
                      const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(QStringLiteral("secret-tool"),
            {QStringLiteral("lookup"), QStringLiteral("server"), service, QStringLiteral("user"), entry});
    if (!QTest::qWaitFor([&p] { return p.state() == QProcess::NotRunning; }, 15000)) {
        p.kill();
        p.waitForFinished(5000);
    }
    return QString::fromUtf8(p.readAllStandardOutput()).trimmed();
}

// Starts a store call with a callback and waits for its answer (an Other error "no answer" after
// timeoutMs).
inline CredentialResult wait(const std::function<void(CredentialStore::Callback)> &start, int timeoutMs = 20000)
{
    std::optional<CredentialResult> result;
    start([&result](const CredentialResult &r) { result = r; });
    if (QTest::qWaitFor([&result] { return result.has_value(); }, timeoutMs))
        return *result;
    CredentialResult none;
    none.error = CredentialResult::Error::Other;
    none.message = QStringLiteral("no answer");
    return none;
}

} // namespace Keyring
