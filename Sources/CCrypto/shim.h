#ifndef SELLER_CONSOLE_CCRYPTO_SHIM_H
#define SELLER_CONSOLE_CCRYPTO_SHIM_H
// The slice of OpenSSL 3 libcrypto that the Crypto module uses: EVP digests, EVP_MAC (HMAC), EVP ciphers,
// RAND_bytes and CRYPTO_memcmp. Only the Crypto module imports this (docs/ARCHITECTURE.md §3).
#include <openssl/crypto.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/rand.h>
#endif
