import { Group, Text } from '@mantine/core';

/**
 * A key's fingerprint in big groups of four, to be read aloud to the hub's administrator: each
 * group a word of its own, so a screen reader pauses between them too.
 */
export function Fingerprint({ value, labelId }: { value: string; labelId: string }) {
  return (
    <Group gap="md" aria-labelledby={labelId} role="group" data-testid="fingerprint">
      {value.split(' ').map((group, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: the same group of digits can come twice
        <Text key={i} component="span" ff="monospace" fz={28} fw={700} lts={2}>
          {group}
        </Text>
      ))}
    </Group>
  );
}
