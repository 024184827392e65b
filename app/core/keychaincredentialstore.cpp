#include "keychaincredentialstore.h"

#include <qt6keychain/keychain.h>

#include <QCoreApplication>
#include <QDBusArgument>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusMetaType>
#include <QDBusObjectPath>
#include <QDBusPendingCallWatcher>
#include <QDBusVariant>
#include <QMap>
#include <QTimer>

#include <memory>

namespace {

using Attributes = QMap<QString, QString>;

const QString SecretsService = QStringLiteral("org.freedesktop.secrets");
const QString SecretsPath = QStringLiteral("/org/freedesktop/secrets");

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(KeychainCredentialStore)
};

CredentialResult::Error mapError(QKeychain::Error error)
{
    switch (error) {
    case QKeychain::NoError:
        return CredentialResult::Error::None;
    case QKeychain::EntryNotFound:
        return CredentialResult::Error::NotFound;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return CredentialResult::Error::AccessDenied;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::OtherError: // no D-Bus session, no org.freedesktop.secrets, no login collection
        return CredentialResult::Error::Unavailable;
    case QKeychain::CouldNotDeleteEntry:
        break;
    }
    return CredentialResult::Error::Other;
}

enum class Operation { Read, Write, Remove };

// QtKeychain's answer does not always say what is wrong: a read from a locked keyring answers "Entry not
// found", a delete there answers success and leaves the entry, and "no D-Bus session" and "no Secret
// Service" are both a generic error. After such an answer the store asks the Secret Service itself, with
// calls that never prompt (SearchItems, ReadAlias, the Locked property), and names the cause.
class Diagnosis : public QObject
{
public:
    using Done = std::function<void(const CredentialResult &)>;

    static bool wanted(Operation op, const CredentialResult &result)
    {
        switch (result.error) {
        case CredentialResult::Error::None:
            return op == Operation::Remove; // a locked keyring "deletes" without deleting
        case CredentialResult::Error::NotFound:
        case CredentialResult::Error::AccessDenied:
        case CredentialResult::Error::Unavailable:
        case CredentialResult::Error::Other:
            return true;
        case CredentialResult::Error::NotResponding:
            break;
        }
        return false;
    }

    static void start(const QString &service, const QString &key, Operation op, const CredentialResult &result,
                      int timeoutMs, QObject *owner, Done done)
    {
        auto *d = new Diagnosis(owner);
        d->m_op = op;
        d->m_result = result;
        d->m_timeoutMs = timeoutMs;
        d->m_done = std::move(done);
        d->searchItems(service, key);
    }

private:
    using QObject::QObject;

    void finish()
    {
        m_done(m_result);
        deleteLater();
    }

    void call(const QDBusMessage &message, std::function<void(const QDBusMessage &)> next)
    {
        auto *watcher = new QDBusPendingCallWatcher(m_bus.asyncCall(message, m_timeoutMs), this);
        connect(watcher, &QDBusPendingCallWatcher::finished, this, [watcher, next](QDBusPendingCallWatcher *) {
            watcher->deleteLater();
            next(watcher->reply());
        });
    }

    void searchItems(const QString &service, const QString &key)
    {
        m_bus = QDBusConnection::sessionBus();
        if (!m_bus.isConnected()) {
            if (m_result.error != CredentialResult::Error::None) {
                m_result.error = CredentialResult::Error::Unavailable;
                m_result.cause = CredentialResult::Cause::NoSessionBus;
            }
            finish();
            return;
        }
        QDBusMessage search = QDBusMessage::createMethodCall(SecretsService, SecretsPath,
                                                             QStringLiteral("org.freedesktop.Secret.Service"),
                                                             QStringLiteral("SearchItems"));
        // QtKeychain's attributes on Secret Service: "server" is the service, "user" the key.
        search << QVariant::fromValue(Attributes {{QStringLiteral("server"), service}, {QStringLiteral("user"), key}});
        call(search, [this](const QDBusMessage &reply) {
            if (reply.type() == QDBusMessage::ErrorMessage) {
                if (reply.errorName() == QStringLiteral("org.freedesktop.DBus.Error.ServiceUnknown")
                    && m_result.error != CredentialResult::Error::None) {
                    m_result.error = CredentialResult::Error::Unavailable;
                    m_result.cause = CredentialResult::Cause::NoSecretService;
                }
                finish();
                return;
            }
            const QList<QVariant> args = reply.arguments();
            const auto paths = [&args](int i) {
                return i < args.size() ? qdbus_cast<QList<QDBusObjectPath>>(args.at(i)) : QList<QDBusObjectPath>();
            };
            if (!paths(1).isEmpty()) {
                // The entry is there, in a locked collection: read "not found" and delete "done" were not so.
                if (m_result.error == CredentialResult::Error::NotFound
                    || m_result.error == CredentialResult::Error::None) {
                    m_result.message = m_op == Operation::Remove ? Text::tr("the entry remains in the locked keyring")
                                                                 : Text::tr("the entry is in the locked keyring");
                }
                m_result.error = CredentialResult::Error::AccessDenied;
                m_result.cause = CredentialResult::Cause::Locked;
                finish();
                return;
            }
            if (m_result.error == CredentialResult::Error::None
                || m_result.error == CredentialResult::Error::NotFound) {
                finish();
                return;
            }
            readDefaultAlias();
        });
    }

    // A write (or any other failure): is there a default keyring, and is it locked?
    void readDefaultAlias()
    {
        QDBusMessage alias = QDBusMessage::createMethodCall(
            SecretsService, SecretsPath, QStringLiteral("org.freedesktop.Secret.Service"), QStringLiteral("ReadAlias"));
        alias << QStringLiteral("default");
        call(alias, [this](const QDBusMessage &reply) {
            if (reply.type() == QDBusMessage::ErrorMessage || reply.arguments().isEmpty()) {
                finish();
                return;
            }
            const QString path = qvariant_cast<QDBusObjectPath>(reply.arguments().constFirst()).path();
            if (path.isEmpty() || path == u"/") {
                m_result.error = CredentialResult::Error::Unavailable;
                m_result.cause = CredentialResult::Cause::NoDefaultKeyring;
                finish();
                return;
            }
            QDBusMessage locked = QDBusMessage::createMethodCall(
                SecretsService, path, QStringLiteral("org.freedesktop.DBus.Properties"), QStringLiteral("Get"));
            locked << QStringLiteral("org.freedesktop.Secret.Collection") << QStringLiteral("Locked");
            call(locked, [this](const QDBusMessage &answer) {
                if (answer.type() != QDBusMessage::ErrorMessage && !answer.arguments().isEmpty()
                    && qvariant_cast<QDBusVariant>(answer.arguments().constFirst()).variant().toBool()) {
                    m_result.error = CredentialResult::Error::AccessDenied;
                    m_result.cause = CredentialResult::Cause::Locked;
                }
                finish();
            });
        });
    }

    QDBusConnection m_bus {QString()};
    Operation m_op = Operation::Read;
    CredentialResult m_result;
    int m_timeoutMs = 0;
    Done m_done;
};

// Runs one job; answers once, either from the job (after a diagnosis when its answer needs one) or from
// the watchdog.
void runJob(QKeychain::Job *job, Operation op, int timeoutMs, QObject *owner, QObject *context,
            CredentialStore::Callback done)
{
    auto answered = std::make_shared<bool>(false);
    QPointer<QObject> guard(context);
    auto answer = [answered, guard, done](const CredentialResult &result) {
        if (*answered)
            return;
        *answered = true;
        if (guard)
            done(result);
    };
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    const QString service = job->service();
    const QString key = job->key();
    QObject::connect(job, &QKeychain::Job::finished, owner,
                     [answer, answered, op, service, key, timeoutMs, owner](QKeychain::Job *finished) {
                         CredentialResult result;
                         result.error = mapError(finished->error());
                         if (result.error != CredentialResult::Error::None)
                             result.message = finished->errorString();
                         else if (auto *readJob = qobject_cast<QKeychain::ReadPasswordJob *>(finished))
                             result.secret = readJob->textData();
                         if (*answered || !Diagnosis::wanted(op, result)) {
                             answer(result);
                             return;
                         }
                         Diagnosis::start(service, key, op, result, timeoutMs, owner, answer);
                     });
    QTimer::singleShot(timeoutMs, owner, [answer, timeoutMs] {
        CredentialResult result;
        result.error = CredentialResult::Error::NotResponding;
        result.message = Text::tr("no answer from the keychain after %1 s").arg(timeoutMs / 1000.0);
        answer(result);
    });
    job->start();
}

} // namespace

KeychainCredentialStore::KeychainCredentialStore(const QString &service, int timeoutMs, QObject *parent)
    : CredentialStore(parent)
    , m_service(service)
    , m_timeoutMs(timeoutMs)
{
    static const bool registered = [] {
        qDBusRegisterMetaType<Attributes>();
        qDBusRegisterMetaType<QList<QDBusObjectPath>>();
        return true;
    }();
    Q_UNUSED(registered)
}

void KeychainCredentialStore::read(const QString &key, QObject *context, Callback done)
{
    auto *job = new QKeychain::ReadPasswordJob(m_service);
    job->setKey(key);
    runJob(job, Operation::Read, m_timeoutMs, this, context, std::move(done));
}

void KeychainCredentialStore::write(const QString &key, const QString &secret, QObject *context, Callback done)
{
    auto *job = new QKeychain::WritePasswordJob(m_service);
    job->setKey(key);
    job->setTextData(secret);
    runJob(job, Operation::Write, m_timeoutMs, this, context, std::move(done));
}

void KeychainCredentialStore::remove(const QString &key, QObject *context, Callback done)
{
    auto *job = new QKeychain::DeletePasswordJob(m_service);
    job->setKey(key);
    runJob(job, Operation::Remove, m_timeoutMs, this, context, std::move(done));
}
