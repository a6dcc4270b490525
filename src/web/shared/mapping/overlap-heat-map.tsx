import { Badge, Box, Group, Stack, Table, Text, Tooltip, UnstyledButton } from '@mantine/core';
import type { CSSProperties } from 'react';
import { formatNumber } from '../format';
import {
  LEVEL_COLORS,
  LEVEL_LABELS,
  type MappingSide,
  type OverlapMatrix,
  type Population,
  type SharingLevel,
} from './mapping-api';

/** Eight teal shades from light to dark for counts above zero; zero stays neutral. */
function shadeOf(count: number, max: number): number {
  if (count <= 0 || max <= 0) return 0;
  return Math.min(8, 1 + Math.ceil((count / max) * 7));
}

const NOT_SHARED_BACKGROUND =
  'repeating-linear-gradient(135deg, var(--mantine-color-gray-1) 0 6px, var(--mantine-color-gray-0) 6px 12px)';

function cellStyle(shade: number): CSSProperties {
  return {
    background: shade === 0 ? 'var(--mantine-color-gray-0)' : `var(--mantine-color-teal-${shade})`,
    color: shade >= 6 ? 'var(--mantine-color-white)' : 'var(--mantine-color-dark-7)',
  };
}

function LevelBadge({ level }: { level: SharingLevel }) {
  return (
    <Badge size="xs" variant="light" color={LEVEL_COLORS[level]} tt="none">
      {LEVEL_LABELS[level]}
    </Badge>
  );
}

function PopulationHeader({ population }: { population: Population }) {
  return (
    <Stack gap={2} align="flex-start">
      <Text size="sm" fw={600} lh={1.2}>
        {population.name}
      </Text>
      <Group gap={4}>
        <Text size="xs" c="dimmed">
          shared as
        </Text>
        <LevelBadge level={population.sharing} />
      </Group>
    </Stack>
  );
}

function size(population: Population) {
  return population.size === null ? (
    <Text size="sm" c="dimmed" fs="italic">
      Not shared
    </Text>
  ) : (
    <Text size="sm" fw={600}>
      {formatNumber(population.size)}
    </Text>
  );
}

/** What the heat map draws: the overlap matrix, or the overlap of hashed lists (same shape). */
export type HeatMapData = Pick<OverlapMatrix, 'viewerSide' | 'vendorPopulations' | 'partnerPopulations'> & {
  cells: { vendorPopulation: string; partnerPopulation: string; accounts: number | null }[];
};

export interface OverlapHeatMapProps {
  matrix: HeatMapData;
  /** The other organization's name as the viewer knows it ("Acme Partners", or "the vendor"). */
  otherName: string;
  selected?: { vendorPopulation: string; partnerPopulation: string } | null;
  /** Makes each shared cell a button that opens the accounts behind it. */
  onCellClick?: (vendorPopulation: string, partnerPopulation: string) => void;
  caption?: string;
}

/**
 * The overlap matrix as a heat map: the vendor's populations down, the partner's across, each cell the
 * number of vendor accounts in both, darker for more. A cell the other side does not share shows as
 * "not shared" with that side's level; totals are the populations' sizes. Each shared cell is a button
 * that opens the accounts behind it.
 */
export function OverlapHeatMap({
  matrix,
  otherName,
  selected,
  onCellClick,
  caption = 'Overlap by population',
}: OverlapHeatMapProps) {
  const viewer: MappingSide = matrix.viewerSide;
  const cells = new Map(
    matrix.cells.map((c) => [`${c.vendorPopulation}|${c.partnerPopulation}`, c.accounts]),
  );
  const max = Math.max(0, ...matrix.cells.map((c) => c.accounts ?? 0));
  const vendorTitle = viewer === 'vendor' ? 'Your accounts' : "The vendor's accounts";
  const partnerTitle = viewer === 'vendor' ? `${otherName}'s accounts` : 'Your accounts';
  const otherPopulation = (vendor: Population, partner: Population) =>
    viewer === 'vendor' ? partner : vendor;

  return (
    <Stack gap="sm">
      <Table.ScrollContainer minWidth={520}>
        <Table
          withTableBorder
          withColumnBorders
          verticalSpacing="xs"
          aria-label={caption}
          data-testid="overlap-heat-map"
        >
          <Table.Caption className="visually-hidden">
            Accounts in common: {vendorTitle.toLowerCase()} by population in rows,{' '}
            {partnerTitle.toLowerCase()} by population in columns
          </Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>
                <Text size="xs" c="dimmed">
                  {vendorTitle} ↓ · {partnerTitle} →
                </Text>
              </Table.Th>
              {matrix.partnerPopulations.map((p) => (
                <Table.Th key={p.key} scope="col">
                  <PopulationHeader population={p} />
                </Table.Th>
              ))}
              <Table.Th scope="col" ta="right">
                <Text size="sm" fw={600}>
                  In population
                </Text>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {matrix.vendorPopulations.map((v) => (
              <Table.Tr key={v.key}>
                <Table.Th scope="row">
                  <PopulationHeader population={v} />
                </Table.Th>
                {matrix.partnerPopulations.map((p) => {
                  const count = cells.get(`${v.key}|${p.key}`) ?? null;
                  const hidden = otherPopulation(v, p);
                  if (count === null) {
                    return (
                      <Table.Td
                        key={p.key}
                        style={{ background: NOT_SHARED_BACKGROUND }}
                        data-testid={`heat-cell-${v.key}-${p.key}`}
                        data-count=""
                      >
                        <Stack gap={2} align="center">
                          <Text size="xs" c="dimmed" fs="italic">
                            Not shared
                          </Text>
                          <LevelBadge level={hidden.sharing} />
                        </Stack>
                      </Table.Td>
                    );
                  }
                  const isSelected =
                    selected?.vendorPopulation === v.key && selected.partnerPopulation === p.key;
                  if (!onCellClick) {
                    return (
                      <Table.Td
                        key={p.key}
                        ta="center"
                        style={cellStyle(shadeOf(count, max))}
                        data-testid={`heat-cell-${v.key}-${p.key}`}
                        data-count={count}
                      >
                        <Text fw={700} size="lg" c="inherit">
                          {formatNumber(count)}
                        </Text>
                      </Table.Td>
                    );
                  }
                  return (
                    <Table.Td
                      key={p.key}
                      p={0}
                      style={cellStyle(shadeOf(count, max))}
                      data-testid={`heat-cell-${v.key}-${p.key}`}
                      data-count={count}
                    >
                      <Tooltip label={`${v.name} × ${p.name}: open the accounts`} openDelay={400}>
                        <UnstyledButton
                          w="100%"
                          py="sm"
                          px="xs"
                          ta="center"
                          aria-pressed={isSelected}
                          aria-label={`${vendorTitle}: ${v.name} and ${partnerTitle.toLowerCase()}: ${p.name}, ${formatNumber(count)} accounts. Open the list`}
                          onClick={() => onCellClick(v.key, p.key)}
                          style={{
                            color: 'inherit',
                            outline: isSelected ? '3px solid var(--mantine-color-orange-5)' : undefined,
                            outlineOffset: -3,
                          }}
                        >
                          <Text fw={700} size="lg" c="inherit">
                            {formatNumber(count)}
                          </Text>
                        </UnstyledButton>
                      </Tooltip>
                    </Table.Td>
                  );
                })}
                <Table.Td ta="right">{size(v)}</Table.Td>
              </Table.Tr>
            ))}
            <Table.Tr>
              <Table.Th scope="row">
                <Text size="sm" fw={600}>
                  In population
                </Text>
              </Table.Th>
              {matrix.partnerPopulations.map((p) => (
                <Table.Td key={p.key} ta="center">
                  {size(p)}
                </Table.Td>
              ))}
              <Table.Td />
            </Table.Tr>
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Group gap="md" wrap="wrap" aria-hidden>
        <Group gap={4}>
          <Text size="xs" c="dimmed">
            Fewer
          </Text>
          {[0, 2, 4, 6, 8].map((shade) => (
            <Box key={shade} w={18} h={12} style={{ ...cellStyle(shade), borderRadius: 2 }} />
          ))}
          <Text size="xs" c="dimmed">
            More accounts in common
          </Text>
        </Group>
        <Group gap={4}>
          <Box w={18} h={12} style={{ background: NOT_SHARED_BACKGROUND, borderRadius: 2 }} />
          <Text size="xs" c="dimmed">
            Not shared by {viewer === 'vendor' ? otherName : 'the vendor'}
          </Text>
        </Group>
      </Group>
    </Stack>
  );
}
