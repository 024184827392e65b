#include "sha256.h"

#include <openssl/core_names.h>
#include <openssl/evp.h>
#include <openssl/params.h>

#include <memory>

namespace {

// Fetched once and a context per thread, reused: fetching for each hash (what SHA256() and HMAC() do) costs
// more than hashing a row's few hundred bytes, and takes a lock shared by every thread.
EVP_MD_CTX *digestContext()
{
    static EVP_MD *const md = EVP_MD_fetch(nullptr, "SHA256", nullptr);
    thread_local const std::unique_ptr<EVP_MD_CTX, void (*)(EVP_MD_CTX *)> context(EVP_MD_CTX_new(), EVP_MD_CTX_free);
    EVP_DigestInit_ex2(context.get(), md, nullptr);
    return context.get();
}

EVP_MAC_CTX *macContext()
{
    static EVP_MAC *const mac = EVP_MAC_fetch(nullptr, "HMAC", nullptr);
    thread_local const std::unique_ptr<EVP_MAC_CTX, void (*)(EVP_MAC_CTX *)> context(EVP_MAC_CTX_new(mac),
                                                                                     EVP_MAC_CTX_free);
    return context.get();
}

} // namespace

namespace Sha256 {

QByteArray hash(QByteArrayView data)
{
    QByteArray out(32, Qt::Uninitialized);
    EVP_MD_CTX *context = digestContext();
    unsigned int length = 0;
    EVP_DigestUpdate(context, data.data(), size_t(data.size()));
    EVP_DigestFinal_ex(context, reinterpret_cast<unsigned char *>(out.data()), &length);
    return out;
}

QByteArray hmac(QByteArrayView key, QByteArrayView data)
{
    QByteArray out(32, Qt::Uninitialized);
    EVP_MAC_CTX *context = macContext();
    char digest[] = "SHA256";
    const OSSL_PARAM params[] = {OSSL_PARAM_construct_utf8_string(OSSL_MAC_PARAM_DIGEST, digest, 0),
                                 OSSL_PARAM_construct_end()};
    size_t length = 0;
    EVP_MAC_init(context, reinterpret_cast<const unsigned char *>(key.data()), size_t(key.size()), params);
    EVP_MAC_update(context, reinterpret_cast<const unsigned char *>(data.data()), size_t(data.size()));
    EVP_MAC_final(context, reinterpret_cast<unsigned char *>(out.data()), &length, size_t(out.size()));
    return out;
}

} // namespace Sha256
