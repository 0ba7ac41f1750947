import { isPrivateAddress, privateHostReason } from './public-address';

describe('isPrivateAddress', () => {
  it.each([
    '127.0.0.1',
    '10.1.2.3',
    '172.20.0.5',
    '192.168.1.1',
    '169.254.169.254',
    '100.64.0.1',
    '0.0.0.0',
    '::1',
    'fd00::1',
    'fe80::1',
    '::ffff:127.0.0.1',
    'not-an-address',
  ])('refuses %s', (address) => {
    expect(isPrivateAddress(address)).toBe(true);
  });

  it.each(['93.184.216.34', '8.8.8.8', '2606:4700:4700::1111', '::ffff:8.8.8.8'])(
    'allows %s',
    (address) => {
      expect(isPrivateAddress(address)).toBe(false);
    },
  );

  it('checks literal hosts without a lookup', async () => {
    expect(await privateHostReason(new URL('http://127.0.0.1:8080/feed'))).toMatch(/private/);
    expect(await privateHostReason(new URL('http://[::1]/feed'))).toMatch(/private/);
    expect(await privateHostReason(new URL('http://8.8.8.8/feed'))).toBeNull();
  });
});
