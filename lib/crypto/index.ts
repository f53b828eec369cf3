export {
  createKeyring,
  decodeKeyMaterial,
  generateKeyMaterial,
  KEY_BYTES,
  KeyringError,
  parseKeyring,
  SecretKey,
  type Keyring,
} from "./keyring";
export {
  decryptBytes,
  decryptText,
  DecryptionError,
  encryptBytes,
  encryptText,
  keyIdOf,
  reencrypt,
  type CipherOptions,
  type DecryptionFailure,
} from "./aes-gcm";
