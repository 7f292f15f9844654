package dev.parallax.ingest.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class AddressGuardTest {
  @ParameterizedTest
  @ValueSource(strings = {"127.0.0.1", "10.1.2.3", "172.16.0.1", "172.31.255.254", "192.168.1.1",
      "169.254.169.254", "224.0.0.1", "0.0.0.0", "100.64.0.1", "::1", "::", "fe80::1", "fc00::1", "fd12:3456::1",
      "ff02::1", "::ffff:10.0.0.1"})
  void nonPublicKind_reservedAddresses_areRefused(String literal) throws Exception {
    assertThat(AddressGuard.nonPublicKind(InetAddress.getByName(literal))).isPresent();
  }

  @ParameterizedTest
  @ValueSource(strings = {"93.184.216.34", "172.32.0.1", "8.8.8.8", "2001:db8::1"})
  void nonPublicKind_publicAddresses_areAllowed(String literal) throws Exception {
    assertThat(AddressGuard.nonPublicKind(InetAddress.getByName(literal))).isEmpty();
  }

  @Test
  void check_loopbackLiteral_refusedUnlessAllowed() {
    assertThatThrownBy(() -> new AddressGuard(false).check("127.0.0.1"))
        .isInstanceOf(FetchException.class)
        .hasMessageContaining("refused address 127.0.0.1")
        .hasMessageContaining("loopback");
    assertThatCode(() -> new AddressGuard(true).check("127.0.0.1")).doesNotThrowAnyException();
  }
}
